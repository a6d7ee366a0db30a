using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// What the matching commands (<c>match</c>, <c>visit targets</c>) read, the same way for each: the
/// members (a profiles file or the embedded default cohort), the policy, and the pairing history kept
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

        var loaded = ProfileLoader.Load(File.ReadAllText(file.FullName), sourceName: file.Name);
        ProblemOutput.Write(context.Error, loaded.Problems);

        if (!loaded.Succeeded)
        {
            return ExitCodes.ProblemsFound;
        }

        members = loaded.Value.AsSpan().ToArray();
        return null;
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
