using System.CommandLine;
using PeerPractice.Documents;
using PeerPractice.Documents.Models;
using PeerPractice.Documents.Rendering;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>render TEMPLATE [--out FILE] [--templates FOLDER] [--chatham-house]</c>: renders a built-in or
/// overridden template over the built-in sample visit, agenda and session. With <c>--out</c> the
/// document is written atomically; otherwise it goes to standard output.
/// </summary>
internal static class RenderCommand
{
    public static Command Create(HostContext context)
    {
        var template = new Argument<string>("template")
        {
            Description = "The template to render: " + string.Join(", ", BuiltInTemplates.Names) + ".",
        };
        template.AcceptOnlyFromAmong([.. BuiltInTemplates.Names]);
        var output = new Option<string?>("--out", "-o") { Description = "Write the document to this file (atomically) instead of standard output." };
        var folder = new Option<string?>("--templates", "-t") { Description = "A folder of NAME.sbn files that override the built-in templates." };
        var chatham = new Option<bool>("--chatham-house") { Description = "Render without naming anyone (Chatham House Rule)." };

        var command = new Command("render", "Render a document from the built-in sample visit, agenda and session.");
        command.Arguments.Add(template);
        command.Options.Add(output);
        command.Options.Add(folder);
        command.Options.Add(chatham);
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(template)!,
            parseResult.GetValue(output),
            parseResult.GetValue(folder),
            parseResult.GetValue(chatham) ? Attribution.ChathamHouse : Attribution.Attributed));
        return command;
    }

    public static int Execute(HostContext context, string templateName, string? outputPath, string? templateFolder, Attribution attribution)
    {
        var templates = TemplateSet.BuiltIn;
        if (templateFolder is not null)
        {
            templates = TemplateSet.FromFolder(templateFolder, out var problems);
            if (!problems.IsEmpty)
            {
                foreach (var problem in problems)
                {
                    context.Error.WriteLine(problem);
                }

                return ExitCodes.ProblemsFound;
            }
        }

        var renderer = new TemplateRenderer(templates, RenderLimits.Default, context.Time);
        string document;
        try
        {
            document = renderer.Render(templateName, SampleDocuments.ModelFor(templateName, attribution)!);
        }
        catch (TemplateRenderException exception)
        {
            // Nothing was written: rendering finishes in memory before any file is touched.
            context.Error.WriteLine(exception.Problem);
            return ExitCodes.ProblemsFound;
        }

        if (outputPath is null)
        {
            context.Out.Write(document);
            return ExitCodes.Success;
        }

        DocumentFile.WriteAtomically(outputPath, document);
        context.Out.WriteLine($"Wrote {templateName} to {Path.GetFullPath(outputPath)}");
        return ExitCodes.Success;
    }
}
