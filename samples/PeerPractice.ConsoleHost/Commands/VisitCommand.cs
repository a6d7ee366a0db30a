using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>visit targets --member ID</c>: the organizations worth a site visit for one member, with whom to
/// ask for and why. Reads the same members, policy and pairing history as <c>match</c>, so the member
/// controls and history apply here as they do to pairs. Exit codes: 0 ok, 1 problems in the input files, 2 usage.
/// </summary>
internal static class VisitCommand
{
    public static Command Create(HostContext context)
    {
        var member = new Option<string>("--member") { Description = "The visitor's member id.", Required = true };
        var members = new Option<FileInfo?>("--members") { Description = "Profiles JSON file ({ \"members\": [...] }); the embedded default cohort when absent." };
        var policy = new Option<FileInfo?>("--policy") { Description = "Matching policy JSON file (cool-down, the organiser's exclusions); the default policy when absent." };
        var objectives = new Option<string[]>("--objective")
        {
            Description = "A topic id the visit is for (repeat for several); the visitor's concerns when absent.",
            AllowMultipleArgumentsPerToken = true,
        };
        var count = new Option<int>("--count") { Description = "How many organizations.", DefaultValueFactory = _ => 5 };
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");

        var targets = new Command("targets", "Rank organizations for a member's site visit, with hosts to ask for and reasons.") { member, members, policy, objectives, count, format };
        targets.SetAction(parse => SessionCommands.Guard(context, () => Execute(
            context,
            new VisitRequest(parse.GetValue(member)!, parse.GetValue(members), parse.GetValue(policy), parse.GetValue(objectives) ?? [], parse.GetValue(count), parse.GetValue(format)!, HostOptions.DatabasePath(parse, context)))));

        var command = new Command("visit", "Site visits between members' organizations: targets, plan, debrief, return visits owed, follow-up calls.");
        command.Subcommands.Add(targets);
        foreach (var workflow in VisitWorkflowCommands.Create(context))
        {
            command.Subcommands.Add(workflow);
        }

        command.Options.Add(GatheringInputs.AsOf);

        return command;
    }

    private sealed record VisitRequest(string MemberId, FileInfo? MembersFile, FileInfo? PolicyFile, string[] Objectives, int Count, string Format, string DatabasePath);

    private static int Execute(HostContext context, VisitRequest request)
    {
        if (request.Count < 1)
        {
            context.Error.WriteLine($"--count must be at least 1, not {request.Count}.");
            return ExitCodes.Usage;
        }

        if (TopicCatalog.BuiltIn.FirstUnknown(request.Objectives) is { } unknown)
        {
            context.Error.WriteLine($"Unknown topic '{unknown}' for --objective. Known topics: {string.Join(", ", TopicCatalog.BuiltIn.Topics.Select(t => t.Id))}.");
            return ExitCodes.Usage;
        }

        if (MatchInputs.TryLoadMembers(context, request.MembersFile, out var list) is { } badMembers)
        {
            return badMembers;
        }

        if (MatchInputs.TryLoadPolicy(context, request.PolicyFile, out var policy) is { } badPolicy)
        {
            return badPolicy;
        }

        var visitor = list.FirstOrDefault(m => string.Equals(m.Id, request.MemberId, StringComparison.Ordinal));
        if (visitor is null)
        {
            context.Error.WriteLine($"No member with id '{request.MemberId}'.");
            return ExitCodes.Usage;
        }

        // History from the database when there is one (never created here): cool-downs and poor fits apply to hosts too.
        using var storage = File.Exists(request.DatabasePath) ? HostStorage.Open(request.DatabasePath, context) : null;
        var history = storage?.Pairings.LoadHistoryAsync().Wait() ?? PairingHistory.Empty;
        var ranked = new SiteVisitPlanner(policy, history).Rank(visitor, list, MatchInputs.Today(context), request.Objectives.Length > 0 ? request.Objectives : null, request.Count);
        var names = list.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
        switch (request.Format)
        {
            case "json":
                WriteJson(context.Out, visitor, ranked, names);
                break;
            case "csv":
                context.Out.WriteLine("organization,score,objectives,hosts,reasons");
                foreach (var t in ranked)
                {
                    context.Out.WriteLine(string.Join(',', Csv(t.Organization), t.Score.ToString(CultureInfo.InvariantCulture), Csv(string.Join(" | ", t.MatchedObjectives)), Csv(string.Join(" | ", t.Hosts)), Csv(string.Join(" | ", t.Reasons))));
                }

                break;
            default:
                context.Out.WriteLine(ranked.Count == 0
                    ? $"No organization fits {visitor.Name}'s objectives among the members who can host."
                    : $"Site-visit targets for {visitor.Name} ({visitor.Organization}):");
                foreach (var t in ranked)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Score,4}  {t.Organization}: ask for {string.Join(", ", t.Hosts.Select(h => $"{names[h]} ({h})"))}"));
                    foreach (var reason in t.Reasons)
                    {
                        context.Out.WriteLine("        " + reason);
                    }
                }

                break;
        }

        return ExitCodes.Success;
    }

    private static void WriteJson(TextWriter output, MemberProfile visitor, IReadOnlyList<VisitTarget> targets, Dictionary<string, string> names)
    {
        // Utf8JsonWriter by hand: no reflection, so the host stays trim and AOT friendly.
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("visitor", visitor.Id);
            json.WriteStartArray("targets");
            foreach (var t in targets)
            {
                json.WriteStartObject();
                json.WriteString("organization", t.Organization);
                json.WriteNumber("score", t.Score);
                json.WriteStartArray("objectives");
                foreach (var objective in t.MatchedObjectives)
                {
                    json.WriteStringValue(objective);
                }

                json.WriteEndArray();
                json.WriteStartArray("hosts");
                foreach (var host in t.Hosts)
                {
                    json.WriteStartObject();
                    json.WriteString("member", host);
                    json.WriteString("name", names[host]);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("reasons");
                foreach (var reason in t.Reasons)
                {
                    json.WriteStringValue(reason);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
