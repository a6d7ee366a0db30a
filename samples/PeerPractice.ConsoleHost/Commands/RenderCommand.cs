using System.CommandLine;
using System.Text.Json;
using PeerPractice.Agendas;
using PeerPractice.ConsoleHost.Commands.Watching;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Documents;
using PeerPractice.Samples;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>render TEMPLATE [--templates FOLDER] [--agenda ID|FILE] [--visit-plan FILE] [--session ID] [--chatham-house] [--out FILE] [--watch]</c>:
/// renders a built-in template or one from the author's folder over real data (an agenda, a visit-plan
/// file, a session from the store) or, without a data source, over the built-in sample of the template's kind. With
/// <c>--out</c> the document is written atomically; otherwise it goes to standard output. With
/// <c>--watch</c> it renders again whenever the template folder or the data changes (<see cref="RenderWatch"/>).
/// </summary>
internal static class RenderCommand
{
    public static Command Create(HostContext context)
    {
        var template = new Argument<string>("template")
        {
            Description = "The template to render: a built-in (" + string.Join(", ", BuiltInTemplates.Names) + ") or a template of the --templates folder.",
        };
        var output = new Option<string?>("--out", "-o") { Description = "Write the document to this file (atomically) instead of standard output." };
        var folder = new Option<string?>("--templates", "-t") { Description = "A template folder: NAME.sbn files that override built-ins or, with front matter naming their kind, add documents." };
        var chatham = new Option<bool>("--chatham-house") { Description = "Render without naming anyone (Chatham House Rule)." };
        var agenda = new Option<string?>("--agenda", "-a") { Description = "For agenda templates: a built-in agenda id (" + string.Join(", ", AgendaLibrary.Ids) + ") or an .agenda.json file." };
        var visitPlan = new Option<string?>("--visit-plan", "-v") { Description = "For visit-plan templates: a *.visit-plan.json file." };
        var session = new Option<string?>("--session", "-s") { Description = "For session templates: a session id from the store (see 'session list'); its private notes are never rendered." };
        var watch = new Option<bool>("--watch", "-w") { Description = "Render again whenever the --templates folder or the --agenda or --visit-plan file changes (a --session is read afresh each time); Ctrl+C stops." };

        var command = new Command("render", "Render a document from real data (an agenda, a stored session) or the built-in sample of its kind.");
        command.Arguments.Add(template);
        command.Options.Add(output);
        command.Options.Add(folder);
        command.Options.Add(chatham);
        command.Options.Add(agenda);
        command.Options.Add(visitPlan);
        command.Options.Add(session);
        command.Options.Add(watch);
        HostOptions.Conflict(command, agenda, session, "a document renders from one source.");
        HostOptions.Conflict(command, agenda, visitPlan, "a document renders from one source.");
        HostOptions.Conflict(command, visitPlan, session, "a document renders from one source.");
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(SessionCommands.Guard(context, () => Execute(
            context,
            new RenderRequest(
                parseResult.GetValue(template)!,
                parseResult.GetValue(output),
                parseResult.GetValue(folder),
                parseResult.GetValue(chatham) ? Attribution.ChathamHouse : Attribution.Attributed,
                parseResult.GetValue(agenda),
                parseResult.GetValue(session),
                HostOptions.DatabasePath(parseResult, context))
            {
                VisitPlan = parseResult.GetValue(visitPlan),
                Watch = parseResult.GetValue(watch),
            },
            cancellationToken))));
        return command;
    }

    public static int Execute(HostContext context, RenderRequest request, CancellationToken cancellationToken = default)
    {
        if (!request.Watch)
        {
            return Render(context, request);
        }

        var paths = RenderWatch.PathsOf(request);
        if (paths.Count == 0)
        {
            context.Error.WriteLine("--watch needs something that can change: a --templates folder, or an --agenda or --visit-plan file.");
            return ExitCodes.Usage;
        }

        using var changes = new FileChangeSource(paths, RenderWatch.Quiet, context.Time);
        return RenderWatch.RunAsync(context, request, paths, changes, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>Renders once: 0 written, 1 template or data problems (nothing written), 2 usage.</summary>
    public static int Render(HostContext context, RenderRequest request)
    {
        var templates = TemplateSet.BuiltIn;
        if (request.TemplateFolder is not null)
        {
            templates = TemplateSet.FromFolder(request.TemplateFolder, out var problems);
            if (!problems.IsEmpty)
            {
                ProblemOutput.Write(context.Error, problems);
                return ExitCodes.ProblemsFound;
            }
        }

        var source = templates.Find(request.TemplateName);
        if (source?.Kind is not { } kind)
        {
            context.Error.WriteLine($"No template named '{request.TemplateName}'. Templates: {string.Join(", ", templates.Names.Order(StringComparer.Ordinal))}.");
            return ExitCodes.Usage;
        }

        var exit = BuildModel(context, request, kind, out var model);
        if (model is null)
        {
            return exit;
        }

        var renderer = new TemplateRenderer(templates, RenderLimits.Default, context.Time);

        // An author's template is checked as 'templates check' does (every member on every branch), so a
        // misspelt member is a located error even where this data does not reach it.
        if (source.FilePath is not null && TemplateChecker.Check(renderer, request.TemplateName, SampleDocuments.ForTemplates) is { IsEmpty: false } templateProblems)
        {
            ProblemOutput.Write(context.Error, templateProblems);
            return ExitCodes.ProblemsFound;
        }
        string document;
        try
        {
            document = renderer.Render(request.TemplateName, model);
        }
        catch (TemplateRenderException exception)
        {
            // Nothing was written: rendering finishes in memory before any file is touched.
            ProblemOutput.Write(context.Error, [exception.Problem]);
            return ExitCodes.ProblemsFound;
        }

        if (request.OutputPath is null)
        {
            context.Out.Write(document);
            return ExitCodes.Success;
        }

        DocumentFile.WriteAtomically(request.OutputPath, document);
        context.Out.WriteLine($"Wrote {request.TemplateName} to {Path.GetFullPath(request.OutputPath)}");
        return ExitCodes.Success;
    }

    private static int BuildModel(HostContext context, RenderRequest request, DocumentKind kind, out DocumentModel? model)
    {
        model = null;
        if (request.Agenda is not null)
        {
            if (kind != DocumentKind.Agenda)
            {
                context.Error.WriteLine($"--agenda applies to agenda templates only; {request.TemplateName} is a {DocumentKinds.NameOf(kind)} template.");
                return ExitCodes.Usage;
            }

            var exit = LoadAgenda(context, request.Agenda, out var definition);
            model = definition is null ? null : DocumentModel.FromAgenda(definition);
            return exit;
        }

        if (request.VisitPlan is not null)
        {
            if (kind != DocumentKind.VisitPlan)
            {
                context.Error.WriteLine($"--visit-plan applies to visit-plan templates only; {request.TemplateName} is a {DocumentKinds.NameOf(kind)} template.");
                return ExitCodes.Usage;
            }

            if (!File.Exists(request.VisitPlan))
            {
                context.Error.WriteLine($"No visit-plan file '{request.VisitPlan}'.");
                return ExitCodes.Usage;
            }

            var result = VisitPlanLoader.LoadFile(request.VisitPlan);
            ProblemOutput.Write(context.Error, result.Problems);
            model = result.Value is { } plan && result.Succeeded ? DocumentModel.FromVisitPlan(plan, request.Attribution) : null;
            return model is null ? ExitCodes.ProblemsFound : ExitCodes.Success;
        }

        if (request.Session is not null)
        {
            if (kind != DocumentKind.Session)
            {
                context.Error.WriteLine($"--session applies to session templates only; {request.TemplateName} is a {DocumentKinds.NameOf(kind)} template.");
                return ExitCodes.Usage;
            }

            var exit = LoadSession(context, request, out var record);
            model = record is null ? null : DocumentModel.FromSession(record, request.Attribution);
            return exit;
        }

        model = SampleDocuments.ForTemplates.ModelFor(kind, request.Attribution);
        return ExitCodes.Success;
    }

    /// <summary>
    /// Rebuilds a stored session from its event log (read only: no claim, so a running host is not
    /// disturbed) as it stood at its last event. Every note is read; the document model keeps only the
    /// shareable ones (<see cref="SessionNote.ShareableOf"/>).
    /// </summary>
    private static int LoadSession(HostContext context, RenderRequest request, out SessionRecord? record)
    {
        record = null;
        using var storage = HostStorage.Open(request.DatabasePath!, context);
        var row = storage.Sessions.FindAsync(request.Session!).Wait();
        if (row is null)
        {
            var known = storage.Sessions.ListAsync().Wait().Select(s => s.Id).ToList();
            context.Error.WriteLine($"No session '{request.Session}' in {storage.Path}. {(known.Count == 0 ? "It holds no sessions yet." : "Known: " + string.Join(", ", known.TakeLast(10)))}");
            return ExitCodes.ProblemsFound;
        }

        if (!AgendaSource.TryParseStored(row.AgendaJson, row.AgendaId, out var definition, out var agendaError))
        {
            context.Error.WriteLine(agendaError);
            return ExitCodes.ProblemsFound;
        }

        var events = storage.Sessions.ReadAsync(row.Id).Wait();
        var settings = row.HostData is { } hostData ? JsonSerializer.Deserialize(hostData, HostJsonContext.Default.HostSettings) ?? HostSettings.Default : HostSettings.Default;
        var end = events.Count > 0 ? events[^1].At : context.Time.GetUtcNow();
        var session = AgendaSession.Replay(definition, row.Participants, new StoppedClock(end), events, settings.ToOptions());
        record = session.ToRecord();
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

    /// <summary>A clock that stands at the session's last event, so a replayed session ends where it was left.</summary>
    private sealed class StoppedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}

/// <summary>What to render, from what, and where to.</summary>
internal sealed record RenderRequest(
    string TemplateName,
    string? OutputPath,
    string? TemplateFolder,
    Attribution Attribution,
    string? Agenda,
    string? Session,
    string? DatabasePath)
{
    /// <summary>A <c>*.visit-plan.json</c> file, for visit-plan templates.</summary>
    public string? VisitPlan { get; init; }

    /// <summary>Render again whenever what it renders from changes, until cancelled.</summary>
    public bool Watch { get; init; }
}
