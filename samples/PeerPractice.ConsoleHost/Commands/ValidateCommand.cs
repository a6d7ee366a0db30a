using System.CommandLine;
using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>validate &lt;files or folders&gt;</c>: checks agenda files with the same rules as the runtime
/// loader and the source generator, printing each problem in the compiler's format
/// (<c>path(line,col): error PPA003: message</c>) so that editors and CI can jump to it.
/// Exit codes: 0 clean (warnings allowed), 1 errors found, 2 usage errors.
/// </summary>
internal static class ValidateCommand
{
    private const string Pattern = "*.agenda.json";

    // The data-file kinds besides agendas, one entry each: recognised by the file name given in its
    // "$schema" (an editor's association, so it wins) or else by the name's suffix; each has its own
    // loader and problem ids. Anything else is read as an agenda, as before.
    private static readonly (string Suffix, string Schema, Func<string, LoadResult<object>> Load)[] _otherKinds =
    [
        (VisitPlanLoader.FileSuffix, DataSchema.VisitPlan.FileName, path => Erase(VisitPlanLoader.LoadFile(path))),
        (".topics.json", DataSchema.TopicCatalog.FileName, path => Erase(TopicCatalogParser.Parse(File.ReadAllText(path), path))),
        (".profiles.json", DataSchema.Profiles.FileName, path => Erase(ProfileLoader.Load(File.ReadAllText(path), sourceName: path))),
        (".policy.json", DataSchema.Policy.FileName, path => Erase(PolicyLoader.Load(File.ReadAllText(path), path))),
        (".relationships.json", DataSchema.Relationships.FileName, path => Erase(RelationshipsLoader.Parse(File.ReadAllText(path), path))),
        (BreakfastEventLoader.FileSuffix, DataSchema.BreakfastEvent.FileName, path => Erase(BreakfastEventLoader.LoadFile(path))),
    ];

    private static readonly System.Text.RegularExpressions.Regex _schemaReference = new(
        "\"\\$schema\"\\s*:\\s*\"([^\"]*)\"",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant,
        TimeSpan.FromMilliseconds(100));

    public static Command Create(HostContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Data files (agendas, topic catalogs, profiles, policies, relationships, visit plans, events), or folders searched recursively for them (by name pattern or by the $schema they name).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Exit with 1 when there are warnings, not only errors.",
        };
        var command = new Command("validate", "Check data files (agendas, topic catalogs, profiles, policies, relationships, visit plans, events) and print every problem with its file, line and column.");
        command.Arguments.Add(paths);
        command.Options.Add(warningsAsErrors);
        command.SetAction(parseResult => Execute(context, parseResult.GetValue(paths) ?? [], parseResult.GetValue(warningsAsErrors)));
        return command;
    }

    public static int Execute(HostContext context, IReadOnlyList<string> paths, bool warningsAsErrors)
    {
        if (paths.Count == 0)
        {
            context.Error.WriteLine("validate: give one or more agenda files or folders, for example: validate agendas/");
            return ExitCodes.Usage;
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var found = Directory.GetFiles(path, Pattern, SearchOption.AllDirectories)
                    .Concat(_otherKinds.SelectMany(kind => Directory.GetFiles(path, "*" + kind.Suffix, SearchOption.AllDirectories)))
                    .Concat(Directory.GetFiles(path, "*.json", SearchOption.AllDirectories).Where(file => SchemaNamed(file) is { } schema && (schema == DataSchema.Agenda.FileName || _otherKinds.Any(kind => kind.Schema == schema))))
                    .Distinct(StringComparer.Ordinal)
                    .ToArray();
                Array.Sort(found, StringComparer.Ordinal);
                if (found.Length == 0)
                {
                    context.Error.WriteLine($"validate: no {Pattern} or {string.Join(" or ", _otherKinds.Select(k => "*" + k.Suffix))} files in {path}");
                    return ExitCodes.Usage;
                }

                files.AddRange(found);
            }
            else
            {
                context.Error.WriteLine($"validate: no such file or folder: {path}");
                return ExitCodes.Usage;
            }
        }

        // All problems in file, line and column order, as the compiler lists them (a file named twice is checked once).
        files = files.Distinct(StringComparer.Ordinal).ToList();
        var problems = files
            .SelectMany(file => Problems(file))
            .OrderBy(p => p.Source, StringComparer.Ordinal)
            .ThenBy(p => p.Span.Line)
            .ThenBy(p => p.Span.Column);
        var (errors, warnings) = ProblemOutput.Write(context.Out, problems);

        context.Out.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "Checked {0} {6}file{1}: {2} error{3}, {4} warning{5}.",
            files.Count,
            files.Count == 1 ? "" : "s",
            errors,
            errors == 1 ? "" : "s",
            warnings,
            warnings == 1 ? "" : "s",
            files.All(f => KindOf(f) is null) ? "agenda " : ""));
        return errors > 0 || (warningsAsErrors && warnings > 0) ? ExitCodes.ProblemsFound : ExitCodes.Success;
    }

    private static IEnumerable<Problem> Problems(string file) =>
        KindOf(file) is { } load ? load(file).Problems : AgendaLoader.ParseFile(file).Problems;

    private static Func<string, LoadResult<object>>? KindOf(string file)
    {
        var schema = SchemaNamed(file);
        if (schema == DataSchema.Agenda.FileName)
        {
            return null;
        }

        foreach (var (_, schemaName, load) in _otherKinds)
        {
            if (schema == schemaName)
            {
                return load;
            }
        }

        foreach (var (suffix, _, load) in _otherKinds)
        {
            if (file.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return load;
            }
        }

        return null;
    }

    /// <summary>The schema file a data file names in its "$schema" (looked for near the top only), or null.</summary>
    private static string? SchemaNamed(string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            var buffer = new char[2048];
            var read = reader.ReadBlock(buffer, 0, buffer.Length);
            var match = _schemaReference.Match(new string(buffer, 0, read));
            return match.Success ? DataSchema.Find(match.Groups[1].Value)?.FileName : null;
        }
        catch (IOException)
        {
            return null; // the loader reports the file it cannot read
        }
    }

    private static LoadResult<object> Erase<T>(LoadResult<T> result) =>
        new(result.Value is { } value ? value : null, result.Problems);
}
