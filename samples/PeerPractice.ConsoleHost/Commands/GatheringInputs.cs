using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>What the <c>breakfast</c> and <c>visit</c> workflow commands share: times, refusals, the open store.</summary>
internal static class GatheringInputs
{
    private static readonly string[] _timeFormats = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'"];

    /// <summary>The time a step happens at, when not now: recording a breakfast after the fact, or trying the workflow.</summary>
    public static Option<string?> AsOf { get; } = new("--as-of")
    {
        Description = "Take this step as of this time (with its offset, 2027-03-04T11:00-05:00) instead of the system clock.",
        Recursive = true,
    };

    /// <summary>The clock a step is judged by: <c>--as-of</c> when given, else the host's.</summary>
    public static TimeProvider Clock(HostContext context, ParseResult parse) =>
        parse.GetValue(AsOf) is { } text && DateTimeOffset.TryParseExact(text, _timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? Sessions.SessionClock.Manual(at)
            : context.Time;

    /// <summary>The day of <see cref="Clock"/>.</summary>
    public static DateOnly Today(HostContext context, ParseResult parse) => DateOnly.FromDateTime(Clock(context, parse).GetUtcNow().UtcDateTime);

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
            if (parse.GetValue(AsOf) is { } asOf && !TryTime(context, "--as-of", asOf, out _))
            {
                return ExitCodes.Usage;
            }

            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            return action(storage);
        });

    public static string When(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
