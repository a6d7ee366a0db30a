using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>What the <c>breakfast</c> and <c>visit</c> workflow commands share: times, refusals, the open store.</summary>
internal static class GatheringInputs
{
    private static readonly string[] _timeFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>A time with its offset, such as 2027-03-04T08:00-05:00.</summary>
    public static bool TryTime(HostContext context, string option, string text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text, _timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return true;
        }

        context.Error.WriteLine($"{option} '{text}' is not a time with its offset; write it like 2027-03-04T08:00-05:00.");
        return false;
    }

    /// <summary>Prints a refused step's reason and returns exit code 1; a step done returns null.</summary>
    public static int? Refused<T>(HostContext context, WorkflowResult<T> result)
        where T : class
    {
        if (result.Succeeded)
        {
            return null;
        }

        context.Error.WriteLine("Refused: " + result.Refusal + " Nothing was changed.");
        return ExitCodes.ProblemsFound;
    }

    /// <summary>Runs <paramref name="action"/> on the host's database (created when missing), turning store failures into exit code 1.</summary>
    public static int WithStorage(HostContext context, ParseResult parse, Func<HostStorage, int> action) =>
        SessionCommands.Guard(context, () =>
        {
            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            return action(storage);
        });

    public static string When(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
