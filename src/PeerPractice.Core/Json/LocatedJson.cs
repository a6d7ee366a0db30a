namespace PeerPractice.Json;

/// <summary>The one way every JSON data file other than an agenda is read: strict, located, all problems at once.</summary>
internal static class LocatedJson
{
    /// <summary>Reads <paramref name="text"/> (a leading byte order mark is skipped; locations count from after it).</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="source">The file or name, for problem locations.</param>
    /// <param name="syntax">The ids and advice of the file kind.</param>
    /// <param name="problems">Receives every problem, from reading now and from binding later.</param>
    /// <returns>The root value, or null when a syntax error stopped reading.</returns>
    public static JsonNode? Read(string text, string? source, JsonSyntaxProblems syntax, out ProblemCollector problems)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        problems = new ProblemCollector(text, source);
        return JsonTextReader.Read(text, problems, syntax);
    }
}
