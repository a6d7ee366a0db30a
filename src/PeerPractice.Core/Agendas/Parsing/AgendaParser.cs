using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Parses and validates agenda JSON. This one body of source is compiled both into
/// PeerPractice.Core (the runtime loader) and into the source generator, so the two can never
/// disagree about what a valid agenda is.
/// </summary>
internal static class AgendaParser
{
    /// <summary>The longest text accepted, in UTF-16 characters (16 MiB); longer texts get PPA009.</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>Parses <paramref name="text"/> and reports every problem found.</summary>
    /// <param name="text">The agenda JSON. A leading byte order mark is skipped (offsets then count from after it); null counts as empty.</param>
    /// <param name="filePath">Where the text came from, for problem locations; may be null.</param>
    public static LoadResult<AgendaDefinition> Parse(string text, string? filePath) => Parse(text, filePath, out _);

    /// <summary>Parses <paramref name="text"/>, reports every problem found, and keeps where the definition's ids are written.</summary>
    /// <param name="text">The agenda JSON. A leading byte order mark is skipped (offsets then count from after it); null counts as empty.</param>
    /// <param name="filePath">Where the text came from, for problem locations; may be null.</param>
    /// <param name="ids">Where each id of the definition is written; null when there is no definition.</param>
    public static LoadResult<AgendaDefinition> Parse(string text, string? filePath, out AgendaIdSpans? ids)
    {
        ids = null;
        text ??= "";
        var problems = new ProblemCollector(text, filePath);
        if (text.Length > MaxLength)
        {
            problems.Report(
                AgendaProblemCatalog.DocumentTooLarge,
                "The document has " + text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters; agendas may have at most 16,777,216. Split it or remove the bulk.",
                0,
                0,
                "$");
            return new LoadResult<AgendaDefinition>(null, problems.ToValueArray());
        }

        // A byte order mark is not a column in any editor, so locations count from after it.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
            problems = new ProblemCollector(text, filePath);
        }

        var root = JsonTextReader.Read(text, problems, AgendaProblemCatalog.Syntax);
        var scopes = new AgendaScopes();
        var definition = root is null ? null : AgendaBinder.Bind(root, problems, scopes);
        var result = new LoadResult<AgendaDefinition>(problems.HasErrors ? null : definition, problems.ToValueArray());
        ids = result.Value is null ? null : new AgendaIdSpans(scopes, problems);
        return result;
    }

    /// <summary>Reports one problem about a text that never reached the parser (unreadable, not UTF-8).</summary>
    /// <param name="descriptor">The catalog entry.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="filePath">Where the text came from; may be null.</param>
    /// <param name="prefix">The text decoded before the problem, so that the location is exact.</param>
    internal static LoadResult<AgendaDefinition> Refuse(ProblemDescriptor descriptor, string message, string? filePath, string prefix)
    {
        var problems = new ProblemCollector(prefix, filePath);
        problems.Report(descriptor, message, prefix.Length, prefix.Length, "$");
        return new LoadResult<AgendaDefinition>(null, problems.ToValueArray());
    }
}
