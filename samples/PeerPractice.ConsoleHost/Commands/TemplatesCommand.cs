using System.CommandLine;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary><c>templates list</c> and <c>templates check FOLDER</c>: what can be overridden, and whether overrides are sound.</summary>
internal static class TemplatesCommand
{
    public static Command Create(HostContext context)
    {
        var list = new Command("list", "List the built-in templates and what each renders from.");
        list.SetAction(_ => List(context));

        var folder = new Argument<string>("folder") { Description = "A folder of NAME.sbn override files." };
        var check = new Command("check", "Parse every override in a folder and try it on sample data; exit 1 on any problem.");
        check.Arguments.Add(folder);
        check.SetAction(parseResult => Check(context, parseResult.GetValue(folder)!));

        var command = new Command("templates", "Work with document templates.");
        command.Subcommands.Add(list);
        command.Subcommands.Add(check);
        return command;
    }

    public static int List(HostContext context)
    {
        foreach (var name in BuiltInTemplates.Names)
        {
            context.Out.WriteLine($"{name,-26} renders from: {BuiltInTemplates.KindOf(name),-10} override file: {name}{TemplateSet.FileExtension}");
        }

        return ExitCodes.Success;
    }

    public static int Check(HostContext context, string folder)
    {
        var result = TemplateChecker.CheckFolder(folder, SampleDocuments.ForTemplates, RenderLimits.Default, context.Time);
        ProblemOutput.Write(context.Error, result.Problems);
        context.Out.WriteLine(result.Succeeded
            ? $"{result.Value} template(s) checked in {folder}: no problems."
            : $"{result.Value} template(s) checked in {folder}: {result.Problems.Count} problem(s).");
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }
}
