using System.CommandLine;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary><c>templates list [--templates FOLDER]</c> and <c>templates check FOLDER</c>: which templates there are, where each comes from, and whether a folder is sound.</summary>
internal static class TemplatesCommand
{
    public static Command Create(HostContext context)
    {
        var listFolder = new Option<string?>("--templates", "-t") { Description = "A template folder whose templates override or extend the built-ins." };
        var list = new Command("list", "List the templates, what kind of data each renders from, its output format and where it comes from.") { listFolder };
        list.SetAction(parseResult => List(context, parseResult.GetValue(listFolder)));

        var folder = new Argument<string>("folder") { Description = "A template folder of NAME.sbn files." };
        var check = new Command("check", "Check every template of a folder: front matter, syntax, members of its kind's model, and a render of sample data; exit 1 on any problem.");
        check.Arguments.Add(folder);
        check.SetAction(parseResult => Check(context, parseResult.GetValue(folder)!));

        var command = new Command("templates", "Work with document templates.");
        command.Subcommands.Add(list);
        command.Subcommands.Add(check);
        return command;
    }

    public static int List(HostContext context, string? folder = null)
    {
        var templates = TemplateSet.BuiltIn;
        if (folder is not null)
        {
            templates = TemplateSet.FromFolder(folder, out var problems);
            if (!problems.IsEmpty)
            {
                ProblemOutput.Write(context.Error, problems);
                return ExitCodes.ProblemsFound;
            }
        }

        foreach (var name in templates.Names.Order(StringComparer.Ordinal))
        {
            var source = templates.Find(name)!;
            var origin = source.FilePath is null ? "built-in" : (source.OverridesBuiltIn ? "overrides built-in: " : "folder: ") + source.FilePath;
            context.Out.WriteLine($"{name,-26} kind: {DocumentKinds.NameOf(source.Kind!.Value),-13} format: {OutputFormats.NameOf(source.Format),-9} {origin}");
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
