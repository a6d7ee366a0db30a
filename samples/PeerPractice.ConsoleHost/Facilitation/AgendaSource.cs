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
    /// <summary>The file pattern the source generator's build props give it, searched the same way here.</summary>
    public const string FilePattern = "*.agenda.json";

    /// <summary>
    /// Every <c>*.agenda.json</c> under <paramref name="folder"/>, recursively and in ordinal path order, with
    /// what the loader made of it: the files the generator would see in a project of that folder.
    /// </summary>
    public static IReadOnlyList<(string Path, LoadResult<AgendaDefinition> Result)> LoadFolder(string folder)
    {
        var files = Directory.GetFiles(folder, FilePattern, SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(file => (file, AgendaLoader.ParseFile(file))).ToList();
    }

    public static bool TryResolve(string reference, out ResolvedAgenda resolved, out string error) =>
        TryResolve(reference, null, out resolved, out error);

    /// <summary>Resolves a file path, an agenda id of <paramref name="folder"/> (when given), or a built-in id, in that order.</summary>
    public static bool TryResolve(string reference, string? folder, out ResolvedAgenda resolved, out string error)
    {
        resolved = null!;
        if (folder is not null && !File.Exists(reference))
        {
            if (!Directory.Exists(folder))
            {
                error = $"No agenda folder '{folder}'. Check the path.";
                return false;
            }

            foreach (var (path, result) in LoadFolder(folder))
            {
                if (result.Value?.Id == reference)
                {
                    return TryParse(File.ReadAllText(path), path, out resolved, out error);
                }
            }
        }

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
