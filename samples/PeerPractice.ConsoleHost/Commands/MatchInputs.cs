using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// What the matching commands (<c>match</c>, <c>visit targets</c>) read, the same way for each: the
/// members (a profiles file, JSON or CSV by its extension, or the embedded default cohort), the policy, and the pairing history kept
/// in the database, so that history and member controls shape every suggestion alike.
/// </summary>
internal static class MatchInputs
{
    public static int? TryLoadMembers(HostContext context, FileInfo? file, out MemberProfile[] members)
    {
        members = [];
        if (file is null)
        {
            members = DefaultMembers.All.AsSpan().ToArray();
            return null;
        }

        if (!file.Exists)
        {
            context.Error.WriteLine($"Members file not found: {file.FullName}");
            return ExitCodes.Usage;
        }

        var loaded = IsCsv(file) ? LoadCsv(file) : ProfileLoader.Load(File.ReadAllText(file.FullName), sourceName: file.Name);
        ProblemOutput.Write(context.Error, loaded.Problems);

        if (!loaded.Succeeded)
        {
            return ExitCodes.ProblemsFound;
        }

        members = loaded.Value.AsSpan().ToArray();
        return null;
    }

    /// <summary>A members file is CSV when its name ends in .csv (any case); JSON otherwise.</summary>
    public static bool IsCsv(FileInfo file) => file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase);

    private static LoadResult<PeerPractice.Collections.ValueArray<MemberProfile>> LoadCsv(FileInfo file)
    {
        // Streamed record by record: a CSV of a million members is never held as one string.
        using var reader = new StreamReader(file.FullName, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        return ProfileLoader.LoadCsv(reader, sourceName: file.Name);
    }

    public static int? TryLoadPolicy(HostContext context, FileInfo? file, out MatchingPolicy policy)
    {
        policy = MatchingPolicy.Default;
        if (file is null)
        {
            return null;
        }

        if (!file.Exists)
        {
            context.Error.WriteLine($"Policy file not found: {file.FullName}");
            return ExitCodes.Usage;
        }

        var loaded = PolicyLoader.Load(File.ReadAllText(file.FullName), file.Name);
        ProblemOutput.Write(context.Error, loaded.Problems);
        if (!loaded.Succeeded || loaded.Value is null)
        {
            return ExitCodes.ProblemsFound;
        }

        policy = loaded.Value;
        return null;
    }

    public static DateOnly Today(HostContext context) => DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
}
