using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Documents;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>intro create|answer|list</c>: introductions with double opt-in. The library decides (the member
/// controls, the answer rules, the relationship that begins); the host shows it and writes the messages.
/// </summary>
internal static class IntroCommand
{
    public static Command Create(HostContext context)
    {
        var command = new Command("intro", "Introduce two members with double opt-in: a message to each, an answer from each; both accept and a relationship begins.");
        command.Subcommands.Add(CreateCreate(context));
        command.Subcommands.Add(CreateAnswer(context));
        command.Subcommands.Add(CreateList(context));
        return command;
    }

    private static Option<FileInfo?> MembersOption() => new("--members") { Description = "Profiles JSON file ({ \"members\": [...] }); the embedded default cohort when absent." };

    private static Command CreateCreate(HostContext context)
    {
        var first = new Argument<string>("member") { Description = "One member id." };
        var second = new Argument<string>("peer") { Description = "The other member id." };
        var members = MembersOption();
        var policy = new Option<FileInfo?>("--policy") { Description = "Matching policy JSON file; the default policy when absent." };
        var round = new Option<long?>("--round") { Description = "The saved round the pair comes from (see 'match history')." };
        var topPeers = new Option<bool>("--top-peers") { Description = "The pair is one member's top-peers pick ('match --member ID')." };
        var outFolder = new Option<DirectoryInfo?>("--out") { Description = "Write the two messages there (introduction-<member>.md) instead of printing them." };
        var command = new Command("create", "Introduce two members: checks every member control, saves the introduction and writes the message to each side.") { first, second, members, policy, round, topPeers, outFolder };
        HostOptions.ExactlyOne(command, round, topPeers);
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (MatchInputs.TryLoadMembers(context, parse.GetValue(members), out var profiles) is { } membersExit)
            {
                return membersExit;
            }

            if (MatchInputs.TryLoadPolicy(context, parse.GetValue(policy), out var matchingPolicy) is { } policyExit)
            {
                return policyExit;
            }

            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            var roundId = parse.GetValue(round);
            var (a, b) = (parse.GetValue(first)!, parse.GetValue(second)!);
            if (roundId is { } id && !storage.Pairings.ListPairingsAsync().Wait().Any(p => p.RoundId == id && p.Pairing.MemberA == RoundRecording.Ordered(a, b).MemberA && p.Pairing.MemberB == RoundRecording.Ordered(a, b).MemberB))
            {
                context.Error.WriteLine($"Round {id} did not pair {a} with {b}. See 'match history'.");
                return ExitCodes.ProblemsFound;
            }

            var index = ProfileIndex.Build(profiles, matchingPolicy, storage.Pairings.LoadHistoryAsync().Wait());
            var desk = new IntroductionDesk(storage.Introductions, storage.Relationships, context.Time);
            var made = desk.IntroduceAsync(index, a, b, roundId is null ? IntroductionSource.TopPeers : IntroductionSource.Round, roundId).Wait();
            if (!made.Succeeded)
            {
                context.Error.WriteLine($"No introduction: {made.Refusal}");
                return ExitCodes.ProblemsFound;
            }

            var introduction = made.Value;

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Introduction {introduction.Id}: {introduction.MemberA} and {introduction.MemberB}, answers due by {introduction.ExpiresAt:yyyy-MM-dd}."));
            var renderer = new TemplateRenderer();
            foreach (var recipient in (string[])[introduction.MemberA, introduction.MemberB])
            {
                var letter = new IntroductionLetter(introduction, Profile(profiles, recipient), Profile(profiles, introduction.OtherOf(recipient)));
                var text = renderer.Render(BuiltInTemplates.Introduction, DocumentModel.FromIntroduction(letter));
                if (parse.GetValue(outFolder) is { } folder)
                {
                    folder.Create();
                    var path = Path.Combine(folder.FullName, "introduction-" + recipient + ".md");
                    File.WriteAllText(path, text);
                    context.Out.WriteLine($"  message to {recipient}: {path}");
                }
                else
                {
                    context.Out.WriteLine();
                    context.Out.WriteLine($"--- to {recipient} ---");
                    context.Out.Write(text);
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateAnswer(HostContext context)
    {
        var id = new Argument<string>("id") { Description = "The introduction (see 'intro list')." };
        var member = new Argument<string>("member") { Description = "Who answers." };
        var accept = new Option<bool>("--accept") { Description = "Meet." };
        var decline = new Option<bool>("--decline") { Description = "Do not meet: the pair is never suggested again, and the other side learns only \"not this time\"." };
        var members = MembersOption();
        var command = new Command("answer", "Record one side's answer; both accept and a relationship begins. An answer cannot be changed.") { id, member, accept, decline, members };
        HostOptions.ExactlyOne(command, accept, decline);
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (MatchInputs.TryLoadMembers(context, parse.GetValue(members), out var profiles) is { } membersExit)
            {
                return membersExit;
            }

            var path = HostOptions.DatabasePath(parse, context);
            if (!File.Exists(path))
            {
                context.Error.WriteLine($"No database at {path}: make an introduction first with 'intro create'.");
                return ExitCodes.ProblemsFound;
            }

            using var storage = HostStorage.Open(path, context);
            var desk = new IntroductionDesk(storage.Introductions, storage.Relationships, context.Time);
            var who = parse.GetValue(member)!;
            var answered = desk.AnswerAsync(parse.GetValue(id)!, who, parse.GetValue(accept), profiles).Wait();
            if (!answered.Succeeded)
            {
                context.Error.WriteLine($"Refused: {answered.Refusal}");
                return ExitCodes.ProblemsFound;
            }

            var introduction = answered.Value.Introduction;

            context.Out.WriteLine($"Recorded: {who} {(parse.GetValue(accept) ? "accepts" : "declines")} introduction {introduction.Id} ({IntroductionDesk.StatusFor(introduction, who, context.Time.GetUtcNow())}).");
            if (answered.Value.Relationship is { } relationship)
            {
                context.Out.WriteLine($"Both accepted: relationship {relationship.Id} begins ({relationship.AgendaId}, every {RelationshipText.Cadence(relationship.Cadence)}). Start its first session with: peerpractice relationship next {relationship.Id}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateList(HostContext context)
    {
        var member = new Option<string?>("--member") { Description = "Only this member's introductions, as they see them (a peer's decline reads \"not this time\")." };
        var expired = new Option<bool>("--expired") { Description = "Only those that expired before both answered: the report of who did not answer." };
        var command = new Command("list", "List introductions and where each stands.") { member, expired };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            var path = HostOptions.DatabasePath(parse, context);
            if (!File.Exists(path))
            {
                context.Out.WriteLine($"No introductions yet (no database at {path}).");
                return ExitCodes.Success;
            }

            using var storage = HostStorage.Open(path, context);
            var now = context.Time.GetUtcNow();
            var viewer = parse.GetValue(member);
            var all = storage.Introductions.ListIntroductionsAsync(viewer).Wait();
            IReadOnlyList<Introduction> shown = parse.GetValue(expired) ? [.. all.Where(i => i.StatusAt(now) == IntroductionStatus.Expired)] : all;
            if (shown.Count == 0)
            {
                context.Out.WriteLine(parse.GetValue(expired) ? "No introduction has expired unanswered." : "No introductions yet.");
                return ExitCodes.Success;
            }

            foreach (var introduction in shown)
            {
                var status = viewer is null ? OrganiserStatus(introduction, now) : IntroductionDesk.StatusFor(introduction, viewer, now);
                var who = viewer is null ? $"{introduction.MemberA} + {introduction.MemberB}" : "with " + introduction.OtherOf(viewer);
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{introduction.Id}  {who}  created {introduction.CreatedAt:yyyy-MM-dd}, due {introduction.ExpiresAt:yyyy-MM-dd}: {status}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    // The organiser sees who has not answered an expired introduction (the report), but not who declined.
    private static string OrganiserStatus(Introduction introduction, DateTimeOffset now) => introduction.StatusAt(now) switch
    {
        IntroductionStatus.Expired => "expired; no answer from " + string.Join(" and ", new[] { introduction.MemberA, introduction.MemberB }.Where(m => introduction.AnswerOf(m) is null)),
        IntroductionStatus.Declined => "declined (never suggested again)",
        IntroductionStatus.Accepted => "both accepted",
        _ => "waiting for " + string.Join(" and ", new[] { introduction.MemberA, introduction.MemberB }.Where(m => introduction.AnswerOf(m) is null)),
    };

    private static MemberProfile Profile(IReadOnlyList<MemberProfile> profiles, string id) => profiles.First(p => p.Id == id);
}
