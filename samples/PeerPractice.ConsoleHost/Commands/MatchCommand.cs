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
        HostOptions.Conflict(command, record, member, "--record saves a round of pairs, and top peers are not a round.");
        HostOptions.Conflict(command, seed, member, "top peers are exact, with no ties for a seed to break; --seed is for rounds.");
        HostOptions.Requires(command, top, member, "--top is how many peers to list for one member; a round pairs everyone.");
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
        if (MatchInputs.TryLoadMembers(context, request.MembersFile, out var list) is { } badMembers)
        {
            return badMembers;
        }

        if (MatchInputs.TryLoadPolicy(context, request.PolicyFile, out var matchingPolicy) is { } badPolicy)
        {
            return badPolicy;
        }

        var day = MatchInputs.Today(context);

        // Past pairs come from the database when there is one, for top peers as for rounds; only --record creates it.
        using var storage = request.Record || File.Exists(request.DatabasePath) ? HostStorage.Open(request.DatabasePath, context) : null;
        var history = storage?.Pairings.LoadHistoryAsync().Wait() ?? PairingHistory.Empty;
        var scorer = new MatchScorer(matchingPolicy, history);
        if (request.MemberId is { } memberId)
        {
            var index = ProfileIndex.Build(list, matchingPolicy, history);
            var position = index.IndexOf(memberId);
            if (position < 0)
            {
                context.Error.WriteLine($"No member with id '{memberId}'.");
                return ExitCodes.Usage;
            }

            var rows = index.TopK(position, Math.Max(0, request.Top), day)
                .Select(t => new Row(list[position], list[t.Index], null, t.Score, HardRules.None, MatchingDemo.TopReasons(scorer.Explain(list[position], list[t.Index]), 3).ToList(), []))
                .ToList();
            Write(context.Out, request.Format, rows, [], []);
            return ExitCodes.Success;
        }

        var round = new CohortRoundPlanner(matchingPolicy, history).Plan(list, day, request.Seed);
        var byId = list.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var matchRows = round.Matches.Select(m => new Row(byId[m.MemberIds[0]], byId[m.MemberIds[1]], m.IsTrio ? byId[m.MemberIds[2]] : null, m.Score, m.RelaxedRules,
            MatchingDemo.TopReasons(scorer.Explain(byId[m.MemberIds[0]], byId[m.MemberIds[1]]), 3).ToList(), NotesFor(round, m.MemberIds))).ToList();
        Write(context.Out, request.Format, matchRows, round.Unmatched, round.Notes);
        if (storage is not null && request.Record)
        {
            var roundId = storage.Pairings.RecordRoundAsync(round, context.Time.GetUtcNow(), list).Wait();
            context.Error.WriteLine($"Round {roundId} saved in {storage.Path}: {round.Matches.Count} matches. Record meetings with 'match feedback {roundId} <member> <member> --met'.");
        }

        return ExitCodes.Success;
    }

    /// <summary>The round's notes (trio, sit-out, relaxed rules) for the members of one row, in the round's order.</summary>
    private static List<RoundNote> NotesFor(RoundResult round, IEnumerable<string> memberIds)
    {
        var ids = memberIds.ToHashSet(StringComparer.Ordinal);
        return round.Notes.Where(n => ids.Contains(n.MemberId)).ToList();
    }

    private sealed record Row(MemberProfile A, MemberProfile B, MemberProfile? C, int Score, HardRules Relaxed, List<string> Reasons, List<RoundNote> Notes);

    private static void Write(TextWriter output, string format, List<Row> rows, ValueArray<UnmatchedMember> unmatched, ValueArray<RoundNote> notes)
    {
        // Each member affected by a trio, a sit-out or a relaxed rule is told, in every format.
        List<RoundNote> NotesOf(string memberId) => notes.Where(n => string.Equals(n.MemberId, memberId, StringComparison.Ordinal)).ToList();
        switch (format)
        {
            case "json":
                WriteJson(output, rows, unmatched, NotesOf);
                break;
            case "csv":
                output.WriteLine("member_a,member_b,member_c,score,relaxed,reasons,notes");
                foreach (var r in rows)
                {
                    output.WriteLine(string.Join(',', Csv(r.A.Id), Csv(r.B.Id), Csv(r.C?.Id ?? ""), r.Score.ToString(CultureInfo.InvariantCulture), Csv(Relaxed(r.Relaxed)), Csv(string.Join(" | ", r.Reasons)), Csv(CsvNotes(r.Notes))));
                }

                foreach (var u in unmatched)
                {
                    output.WriteLine(string.Join(',', Csv(u.MemberId), "", "", "", "", Csv($"{u.Reason}: {u.Explanation}"), Csv(CsvNotes(NotesOf(u.MemberId)))));
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

                    WriteNotes(output, r.Notes);
                }

                foreach (var u in unmatched)
                {
                    output.WriteLine($"   -  {u.MemberId}: {u.Explanation}");
                    WriteNotes(output, NotesOf(u.MemberId));
                }

                break;
        }
    }

    private static void WriteNotes(TextWriter output, List<RoundNote> notes)
    {
        foreach (var note in notes)
        {
            output.WriteLine($"        note to {note.MemberId}: {note.Message}");
        }
    }

    private static string CsvNotes(List<RoundNote> notes) => string.Join(" | ", notes.Select(n => $"{n.MemberId}: {n.Message}"));

    private static void WriteJsonNotes(Utf8JsonWriter json, List<RoundNote> notes)
    {
        json.WriteStartArray("notes");
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("member", note.MemberId);
            json.WriteString("message", note.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteJson(TextWriter output, List<Row> rows, ValueArray<UnmatchedMember> unmatched, Func<string, List<RoundNote>> notesOf)
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
                WriteJsonNotes(json, r.Notes);
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
                WriteJsonNotes(json, notesOf(u.MemberId));
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
