using System.CommandLine;
using PeerPractice.Agendas;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>render TEMPLATE [--out FILE] [--templates FOLDER] [--chatham-house] [--agenda ID|FILE]</c>: renders
/// a built-in or overridden template over the built-in sample visit, agenda and session, or for the
/// handouts over an agenda of the library or an <c>.agenda.json</c> file. With <c>--out</c> the
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
        var agenda = new Option<string?>("--agenda", "-a") { Description = "For handouts: a built-in agenda id (" + string.Join(", ", AgendaLibrary.Ids) + ") or an .agenda.json file." };

        var command = new Command("render", "Render a document from the built-in sample visit, agenda and session.");
        command.Arguments.Add(template);
        command.Options.Add(output);
        command.Options.Add(folder);
        command.Options.Add(chatham);
        command.Options.Add(agenda);
        command.SetAction(parseResult => Execute(
            context,
            parseResult.GetValue(template)!,
            parseResult.GetValue(output),
            parseResult.GetValue(folder),
            parseResult.GetValue(chatham) ? Attribution.ChathamHouse : Attribution.Attributed,
            parseResult.GetValue(agenda)));
        return command;
    }

    public static int Execute(HostContext context, string templateName, string? outputPath, string? templateFolder, Attribution attribution, string? agendaSource = null)
    {
        var model = SampleDocuments.ForTemplates.ModelFor(templateName, attribution)!;
        if (agendaSource is not null)
        {
            if (BuiltInTemplates.KindOf(templateName) != DocumentKind.Agenda)
            {
                context.Error.WriteLine($"--agenda applies to the handout templates only, not {templateName}.");
                return ExitCodes.Usage;
            }

            var exit = LoadAgenda(context, agendaSource, out var definition);
            if (definition is null)
            {
                return exit;
            }

            model = DocumentModel.FromAgenda(definition);
        }

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
            document = renderer.Render(templateName, model);
        }
        catch (TemplateRenderException exception)
        {
            // Nothing was written: rendering finishes in memory before any file is touched.
            ProblemOutput.Write(context.Error, [exception.Problem]);
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

    private static int LoadAgenda(HostContext context, string source, out AgendaDefinition? definition)
    {
        if (AgendaLibrary.TryGet(source, out definition))
        {
            return ExitCodes.Success;
        }

        if (!File.Exists(source))
        {
            context.Error.WriteLine($"No built-in agenda or file named '{source}'. Built-in agendas: {string.Join(", ", AgendaLibrary.Ids)}.");
            return ExitCodes.Usage;
        }

        var result = AgendaLoader.ParseFile(source);
        ProblemOutput.Write(context.Error, result.Problems);
        definition = result.Value;
        return definition is null ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }
}
