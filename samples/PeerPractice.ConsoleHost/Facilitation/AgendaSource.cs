using PeerPractice.Agendas;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>An agenda ready to run, with the exact JSON it came from (stored with the session).</summary>
internal sealed record ResolvedAgenda(AgendaDefinition Definition, string Json);

/// <summary>
/// Finds the agenda a command names: a built-in id, or the path of an <c>.agenda.json</c> file.
/// Sessions store the agenda's JSON, so a resumed session runs exactly the agenda it started with
/// even after the file or the built-in library changes.
/// </summary>
internal static class AgendaSource
{
    public static bool TryResolve(string reference, out ResolvedAgenda resolved, out string error)
    {
        resolved = null!;
        if (File.Exists(reference))
        {
            var json = File.ReadAllText(reference);
            return TryParse(json, reference, out resolved, out error);
        }

        if (AgendaLibrary.TryGet(reference, out var builtIn))
        {
            resolved = new ResolvedAgenda(builtIn, AgendaLibrary.GetSource(reference));
            error = "";
            return true;
        }

        error = reference.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? $"No agenda file '{reference}'. Check the path."
            : $"No built-in agenda '{reference}' and no file of that name. Built-in agendas: {string.Join(", ", AgendaLibrary.Ids)}.";
        return false;
    }

    public static bool TryParseStored(string json, string agendaId, out AgendaDefinition definition, out string error)
    {
        var ok = TryParse(json, $"<stored agenda {agendaId}>", out var resolved, out error);
        definition = resolved?.Definition!;
        return ok;
    }

    private static bool TryParse(string json, string source, out ResolvedAgenda resolved, out string error)
    {
        resolved = null!;
        var result = AgendaLoader.Parse(json, source);
        if (!result.Succeeded)
        {
            error = "The agenda has problems:" + Environment.NewLine + string.Join(Environment.NewLine, result.Problems.Where(p => p.IsError));
            return false;
        }

        resolved = new ResolvedAgenda(result.Value, json);
        error = "";
        return true;
    }
}
