using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>match feedback</c> and <c>match history</c>: whether a pair actually met, and what rounds
/// were recorded. Later rounds read both: a pair that did not meet may be matched again sooner,
/// and a poor fit is not repeated.
/// </summary>
internal static class MatchFeedbackCommand
{
    public static Command Create(HostContext context)
    {
        var round = new Argument<long>("round") { Description = "The round number 'match --record' printed." };
        var first = new Argument<string>("member") { Description = "One member id of the pair." };
        var second = new Argument<string>("peer") { Description = "The other member id." };
        var met = new Option<bool>("--met") { Description = "They met." };
        var didNotMeet = new Option<bool>("--did-not-meet") { Description = "They did not meet." };
        var rating = new Option<int?>("--rating") { Description = "How useful it was, 1 (poor fit) to 5." };
        var feedback = new Option<string?>("--feedback") { Description = "A short comment." };
        var command = new Command("feedback", "Record whether a pair from a saved round met, with a rating and a comment.") { round, first, second, met, didNotMeet, rating, feedback };
        HostOptions.ExactlyOne(command, met, didNotMeet);
        HostOptions.Conflict(command, rating, didNotMeet, "a rating says how a meeting went, and they did not meet.");
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (parse.GetValue(rating) is { } given && given is < 1 or > 5)
            {
                context.Error.WriteLine($"--rating must be between 1 and 5, not {given}.");
                return ExitCodes.Usage;
            }

            var path = HostOptions.DatabasePath(parse, context);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"No database at {path}: record a round first with 'match --record'.");
                return ExitCodes.ProblemsFound;
            }

            using var storage = HostStorage.Open(path, context);
            var (a, b, roundId) = (parse.GetValue(first)!, parse.GetValue(second)!, parse.GetValue(round));
            if (!storage.Pairings.RecordFeedbackAsync(roundId, a, b, parse.GetValue(met) ? PairingOutcome.Met : PairingOutcome.DidNotMeet, parse.GetValue(rating), parse.GetValue(feedback)).Wait())
            {
                context.Error.WriteLine($"Round {roundId} did not pair {a} with {b}. See 'match history'.");
                return ExitCodes.ProblemsFound;
            }

            context.Out.WriteLine($"Recorded: {a} and {b} {(parse.GetValue(met) ? "met" : "did not meet")} (round {roundId}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command CreateHistory(HostContext context)
    {
        var command = new Command("history", "List the pairs of every saved round, with whether they met.");
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            var path = HostOptions.DatabasePath(parse, context);
            if (!File.Exists(path))
            {
                context.Out.WriteLine($"No rounds saved yet (no database at {path}).");
                return ExitCodes.Success;
            }

            using var storage = HostStorage.Open(path, context);
            foreach (var (roundId, recordedAt, pairing) in storage.Pairings.ListPairingsAsync().Wait())
            {
                var outcome = pairing.Outcome switch { PairingOutcome.Met => "met", PairingOutcome.DidNotMeet => "did not meet", _ => "scheduled" };
                var rating = pairing.Rating is { } r ? $" {r}/5" : "";
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {roundId,-4} {recordedAt:yyyy-MM-dd}  {pairing.MemberA} + {pairing.MemberB}: {outcome}{rating}{(pairing.Feedback is null ? "" : " - " + pairing.Feedback)}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
