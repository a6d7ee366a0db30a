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

        var loaded = ProfileLoader.Load(File.ReadAllText(file.FullName));
        Report(context, file, loaded.Problems);

        if (!loaded.Succeeded)
        {
            return ExitCodes.ProblemsFound;
        }

        members = loaded.Members.AsSpan().ToArray();
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

        var (loaded, problems) = PolicyLoader.Load(File.ReadAllText(file.FullName));
        Report(context, file, problems);

        if (loaded is null)
        {
            return ExitCodes.ProblemsFound;
        }

        policy = loaded;
        return null;
    }

    /// <summary>Each problem after its file's name: <c>file(line,col) CODE ...</c> when the reader knew the place, else <c>file: CODE ...</c>.</summary>
    private static void Report(HostContext context, FileInfo file, IEnumerable<LoadProblem> problems)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"{file.Name}{(problem.Line is null ? ": " : "")}{problem}");
        }
    }

    public static DateOnly Today(HostContext context) => DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
}
