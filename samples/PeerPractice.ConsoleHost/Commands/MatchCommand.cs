using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerPractice.Collections;
using PeerPractice.ConsoleHost.Commands.Demo;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>match</c>: a round of pairs for a cohort (or, with <c>--member</c>, one member's top peers),
/// from a profiles file or the embedded default cohort, as a table, JSON or CSV.
/// Exit codes: 0 ok, 1 problems in the input files, 2 usage.
/// </summary>
internal static class MatchCommand
{
    public static Command Create(HostContext context)
    {
        var members = new Option<FileInfo?>("--members") { Description = "Profiles JSON file ({ \"members\": [...] }); the embedded default cohort when absent." };
        var policy = new Option<FileInfo?>("--policy") { Description = "Matching policy JSON file; the default policy when absent." };
        var member = new Option<string?>("--member") { Description = "Show this member's top peers instead of a round." };
        var top = new Option<int>("--top") { Description = "How many peers with --member.", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Tie-breaking seed; the same seed gives the same round.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var record = new Option<bool>("--record") { Description = "Save the round's pairs in the database, so later rounds do not repeat them (past pairs are always read when the database exists)." };

        var command = new Command("match", "Pair a cohort exactly (or list one member's best peers), with reasons.") { members, policy, member, top, seed, format, record };
        command.SetAction(parse => SessionCommands.Guard(context, () => Execute(
            context,
            new MatchRequest(parse.GetValue(members), parse.GetValue(policy), parse.GetValue(member), parse.GetValue(top), parse.GetValue(seed), parse.GetValue(format)!, parse.GetValue(record), HostOptions.DatabasePath(parse, context)))));
        command.Subcommands.Add(MatchFeedbackCommand.Create(context));
        command.Subcommands.Add(MatchFeedbackCommand.CreateHistory(context));
        return command;
    }

    private sealed record MatchRequest(FileInfo? MembersFile, FileInfo? PolicyFile, string? MemberId, int Top, int Seed, string Format, bool Record, string DatabasePath);

    private static int Execute(HostContext context, MatchRequest request)
    {
        var (membersFile, policyFile, memberId, top, seed, format) = (request.MembersFile, request.PolicyFile, request.MemberId, request.Top, request.Seed, request.Format);
        ValueArray<MemberProfile> members;
        if (membersFile is null)
        {
            members = DefaultMembers.All;
        }
        else
        {
            if (!membersFile.Exists)
            {
                context.Error.WriteLine($"Members file not found: {membersFile.FullName}");
                return ExitCodes.Usage;
            }

            var loaded = ProfileLoader.Load(File.ReadAllText(membersFile.FullName));
            foreach (var problem in loaded.Problems)
            {
                context.Error.WriteLine($"{membersFile.Name}{problem}");
            }

            if (!loaded.Succeeded)
            {
                return ExitCodes.ProblemsFound;
            }

            members = loaded.Members;
        }

        var matchingPolicy = MatchingPolicy.Default;
        if (policyFile is not null)
        {
            if (!policyFile.Exists)
            {
                context.Error.WriteLine($"Policy file not found: {policyFile.FullName}");
                return ExitCodes.Usage;
            }

            var (loadedPolicy, problems) = PolicyLoader.Load(File.ReadAllText(policyFile.FullName));
            foreach (var problem in problems)
            {
                context.Error.WriteLine($"{policyFile.Name}{problem}");
            }

            if (loadedPolicy is null)
            {
                return ExitCodes.ProblemsFound;
            }

            matchingPolicy = loadedPolicy;
        }

        var day = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var list = members.AsSpan().ToArray();
        var scorer = new MatchScorer(matchingPolicy);
        if (memberId is not null)
        {
            var index = ProfileIndex.Build(list, matchingPolicy);
            var position = index.IndexOf(memberId);
            if (position < 0)
            {
                context.Error.WriteLine($"No member with id '{memberId}'.");
                return ExitCodes.Usage;
            }

            var rows = index.TopK(position, Math.Max(0, top), day)
                .Select(t => (Peer: list[t.Index], t.Score, Breakdown: scorer.Explain(list[position], list[t.Index])))
                .Select(r => new Row(list[position], r.Peer, null, r.Score, HardRules.None, MatchingDemo.TopReasons(r.Breakdown, 3).ToList()))
                .ToList();
            Write(context.Out, format, rows, []);
            return ExitCodes.Success;
        }

        if (request.Record && memberId is not null)
        {
            context.Error.WriteLine("--record saves a round of pairs; it does not go with --member.");
            return ExitCodes.Usage;
        }

        // Past pairs come from the database when there is one; only --record creates it.
        using var storage = request.Record || File.Exists(request.DatabasePath) ? HostStorage.Open(request.DatabasePath, context) : null;
        var history = storage?.Pairings.LoadHistoryAsync().Wait() ?? PairingHistory.Empty;
        var round = new CohortRoundPlanner(matchingPolicy, history).Plan(list, day, seed);
        var byId = list.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var matchRows = round.Matches.Select(m => new Row(byId[m.MemberIds[0]], byId[m.MemberIds[1]], m.IsTrio ? byId[m.MemberIds[2]] : null, m.Score, m.RelaxedRules,
            MatchingDemo.TopReasons(scorer.Explain(byId[m.MemberIds[0]], byId[m.MemberIds[1]]), 3).ToList())).ToList();
        Write(context.Out, format, matchRows, round.Unmatched);
        if (storage is not null && request.Record)
        {
            var roundId = storage.Pairings.RecordRoundAsync(round, context.Time.GetUtcNow(), list).Wait();
            context.Error.WriteLine($"Round {roundId} saved in {storage.Path}: {round.Matches.Count} matches. Record meetings with 'match feedback {roundId} <member> <member> --met'.");
        }

        return ExitCodes.Success;
    }

    private sealed record Row(MemberProfile A, MemberProfile B, MemberProfile? C, int Score, HardRules Relaxed, List<string> Reasons);

    private static void Write(TextWriter output, string format, List<Row> rows, ValueArray<UnmatchedMember> unmatched)
    {
        switch (format)
        {
            case "json":
                WriteJson(output, rows, unmatched);
                break;
            case "csv":
                output.WriteLine("member_a,member_b,member_c,score,relaxed,reasons");
                foreach (var r in rows)
                {
                    output.WriteLine(string.Join(',', Csv(r.A.Id), Csv(r.B.Id), Csv(r.C?.Id ?? ""), r.Score.ToString(CultureInfo.InvariantCulture), Csv(Relaxed(r.Relaxed)), Csv(string.Join(" | ", r.Reasons))));
                }

                foreach (var u in unmatched)
                {
                    output.WriteLine(string.Join(',', Csv(u.MemberId), "", "", "", "", Csv($"{u.Reason}: {u.Explanation}")));
                }

                break;
            default:
                foreach (var r in rows)
                {
                    var trio = r.C is null ? "" : "  +  " + MatchingDemo.Describe(r.C);
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Score,4}  {MatchingDemo.Describe(r.A)}  +  {MatchingDemo.Describe(r.B)}{trio}"));
                    if (r.Relaxed != HardRules.None)
                    {
                        output.WriteLine("        relaxed: " + MatchScorer.Describe(r.Relaxed));
                    }

                    output.WriteLine($"        why, as told to {r.A.Name}:");
                    foreach (var reason in r.Reasons)
                    {
                        output.WriteLine("          " + reason);
                    }
                }

                foreach (var u in unmatched)
                {
                    output.WriteLine($"   -  {u.MemberId}: {u.Explanation}");
                }

                break;
        }
    }

    private static void WriteJson(TextWriter output, List<Row> rows, ValueArray<UnmatchedMember> unmatched)
    {
        // Utf8JsonWriter by hand: no reflection, so the host stays trim and AOT friendly.
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("matches");
            foreach (var r in rows)
            {
                json.WriteStartObject();
                json.WriteStartArray("members");
                foreach (var m in new[] { r.A, r.B, r.C }.OfType<MemberProfile>())
                {
                    json.WriteStringValue(m.Id);
                }

                json.WriteEndArray();
                json.WriteNumber("score", r.Score);
                json.WriteString("relaxed", Relaxed(r.Relaxed));
                json.WriteStartArray("reasons");
                r.Reasons.ForEach(json.WriteStringValue);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unmatched");
            foreach (var u in unmatched)
            {
                json.WriteStartObject();
                json.WriteString("member", u.MemberId);
                json.WriteString("reason", u.Reason.ToString());
                json.WriteString("explanation", u.Explanation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Relaxed(HardRules rules) => rules == HardRules.None ? "" : MatchScorer.Describe(rules);

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
