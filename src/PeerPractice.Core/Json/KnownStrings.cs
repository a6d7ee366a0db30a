namespace PeerPractice.Json;

/// <summary>
/// The property names and keyword values of the agenda format. The reader hands out these
/// instances instead of allocating a new string each time one appears in a document, which is
/// most of the strings an agenda holds.
/// </summary>
internal static class KnownStrings
{
    private static readonly string[][] _byLength = Build(
        "$schema", "id", "title", "summary", "format", "participants", "duration", "cadence", "agreements", "rotation", "opener",
        "sections", "closing", "min", "max", "roles", "name", "description", "text", "items", "prompt", "turns",
        "timebox", "response", "guidance", "kind", "actionItems", "scheduleNext",
        "pair", "group", "visit", "alternate", "fixed", "round-robin", "each", "open", "perspective", "suggestions", "questions", "given", "quieter-first");

    /// <summary>The known string equal to <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, or null.</summary>
    public static string? Find(string text, int start, int length)
    {
        if (length >= _byLength.Length)
        {
            return null;
        }

        foreach (var candidate in _byLength[length])
        {
            if (string.CompareOrdinal(text, start, candidate, 0, length) == 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string[][] Build(params string[] names)
    {
        var longest = 0;
        foreach (var name in names)
        {
            longest = System.Math.Max(longest, name.Length);
        }

        var buckets = new System.Collections.Generic.List<string>[longest + 1];
        for (var i = 0; i < buckets.Length; i++)
        {
            buckets[i] = new System.Collections.Generic.List<string>();
        }

        foreach (var name in names)
        {
            buckets[name.Length].Add(name);
        }

        var result = new string[buckets.Length][];
        for (var i = 0; i < buckets.Length; i++)
        {
            result[i] = buckets[i].ToArray();
        }

        return result;
    }
}
