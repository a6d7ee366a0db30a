using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Matching;
using PeerPractice.Visits;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>visit plan | debrief | owed | follow-up | list</c>: site visits as a workflow (the fifth seed),
/// kept in the host's database. A plan comes from objectives and the site-visit ranking (every member
/// control honoured), from a <c>*.visit-plan.json</c> file, or as the return visit of a visit. The debrief
/// comes after the visit, the return visit is owed until it has happened, and follow-up calls are
/// listed when due. Exit codes: 0 done, 1 refused (nothing changed) or bad input files, 2 usage.
/// </summary>
internal static class VisitWorkflowCommands
{
    public static IEnumerable<Command> Create(HostContext context) => [Plan(context), Debrief(context), Owed(context), FollowUp(context), List(context)];

    private static Command Plan(HostContext context)
    {
        var id = new Option<string?>("--id") { Description = "Kebab-case id of the visit, such as acme-visits-globex." };
        var member = new Option<string?>("--member") { Description = "The visitor's member id: the plan is drafted from --objective and the site-visit ranking." };
        var file = new Option<FileInfo?>("--file") { Description = "A *.visit-plan.json file to add as it is." };
        var reciprocalOf = new Option<string?>("--reciprocal-of") { Description = "The id of a visit whose return visit this is (sides swapped)." };
        var objectives = new Option<string[]>("--objective") { Description = "A topic id the visit is for (repeat for several).", AllowMultipleArgumentsPerToken = true };
        var host = new Option<string?>("--host") { Description = "The organization to visit, among the ranked targets; the best-ranked when absent." };
        var team = new Option<string[]>("--team") { Description = "A member of the visiting team, \"Name@role\" (repeat); stakeholders from the departments concerned.", AllowMultipleArgumentsPerToken = true };
        var questions = new Option<string[]>("--question") { Description = "A question for the host's questionnaire (repeat); the topics' questions when absent.", AllowMultipleArgumentsPerToken = true };
        var start = new Option<string?>("--start") { Description = "When the visit starts, with its offset: 2027-02-03T09:00+01:00." };
        var zone = new Option<string?>("--time-zone") { Description = "The host's IANA time zone, such as Europe/Vienna." };
        var location = new Option<string>("--location") { Description = "Where to go.", DefaultValueFactory = _ => "" };
        var output = new Option<FileInfo?>("--out") { Description = "Also write the plan as a *.visit-plan.json file." };
        var members = new Option<FileInfo?>("--members") { Description = "Profiles JSON file; the embedded default cohort when absent." };
        var policy = new Option<FileInfo?>("--policy") { Description = "Matching policy JSON file; the default policy when absent." };
        var command = new Command("plan", "Plan a site visit: from objectives and the ranked targets, from a file, or as the return visit of a visit.")
        {
            id, member, file, reciprocalOf, objectives, host, team, questions, start, zone, location, output, members, policy,
        };
        HostOptions.ExactlyOne(command, member, file, reciprocalOf);
        HostOptions.Requires(command, member, id, "the new visit needs an id.");
        HostOptions.Requires(command, member, objectives, "the targets are ranked on the objectives.");
        HostOptions.Requires(command, member, start, "the visit needs a start.");
        HostOptions.Requires(command, member, zone, "invitations need the host's time zone.");
        HostOptions.Requires(command, reciprocalOf, start, "the return visit needs a start.");
        HostOptions.Requires(command, reciprocalOf, zone, "invitations need the return visit's time zone.");
        HostOptions.Conflict(command, file, id, "the file names its own id.");
        HostOptions.Conflict(command, reciprocalOf, id, "a return visit's id is the first visit's id with -return.");
        command.SetAction(parse =>
        {
            DateTimeOffset when = default;
            if (parse.GetValue(start) is { } startText && !GatheringInputs.TryTime(context, "--start", startText, out when))
            {
                return ExitCodes.Usage;
            }

            VisitPlan? plan = null;
            if (parse.GetValue(file) is { } planFile)
            {
                var loaded = VisitPlanLoader.LoadFile(planFile.FullName);
                ProblemOutput.Write(context.Error, loaded.Problems);
                if (!loaded.Succeeded)
                {
                    return ExitCodes.ProblemsFound;
                }

                plan = loaded.Value;
            }
            else if (parse.GetValue(member) is { } visitorId)
            {
                var topicIds = parse.GetValue(objectives) ?? [];
                if (TopicCatalog.BuiltIn.FirstUnknown(topicIds) is { } unknown)
                {
                    context.Error.WriteLine($"Unknown topic '{unknown}' for --objective. Known topics: {string.Join(", ", TopicCatalog.BuiltIn.Topics.Select(t => t.Id))}.");
                    return ExitCodes.Usage;
                }

                if (!ParticipantSpec.TryParse(parse.GetValue(team) ?? [], out var people, out var teamError))
                {
                    context.Error.WriteLine(teamError);
                    return ExitCodes.Usage;
                }

                if (MatchInputs.TryLoadMembers(context, parse.GetValue(members), out var cohort) is { } badMembers)
                {
                    return badMembers;
                }

                if (MatchInputs.TryLoadPolicy(context, parse.GetValue(policy), out var rules) is { } badPolicy)
                {
                    return badPolicy;
                }

                var visitor = cohort.FirstOrDefault(m => m.Id == visitorId);
                if (visitor is null)
                {
                    context.Error.WriteLine($"No member with id '{visitorId}'.");
                    return ExitCodes.Usage;
                }

                var code = GatheringInputs.WithStorage(context, parse, storage =>
                {
                    var history = storage.Pairings.LoadHistoryAsync().Wait();
                    var request = new VisitRequest(parse.GetValue(id)!, visitor, [.. topicIds], [.. people.Count > 0 ? people : [new Sessions.Participant(visitor.Id, visitor.Name, visitor.Title)]], when, parse.GetValue(zone)!, parse.GetValue(location)!)
                    {
                        HostOrganization = parse.GetValue(host),
                        Questions = [.. parse.GetValue(questions) ?? []],
                    };
                    var draft = VisitDrafts.Draft(request, cohort, new SiteVisitPlanner(rules, history), GatheringInputs.Today(context, parse));
                    if (GatheringInputs.Refused(context, draft) is { } refused)
                    {
                        return refused;
                    }

                    plan = draft.Value;
                    return ExitCodes.Success;
                });
                if (code != ExitCodes.Success)
                {
                    return code;
                }
            }

            return GatheringInputs.WithStorage(context, parse, storage =>
            {
                var book = new VisitBook(storage.Visits, GatheringInputs.Clock(context, parse));
                var result = plan is not null
                    ? book.PlanAsync(plan).Wait()
                    : book.PlanReciprocalAsync(parse.GetValue(reciprocalOf)!, when, parse.GetValue(zone)!, parse.GetValue(location)!).Wait();
                if (GatheringInputs.Refused(context, result) is { } refused)
                {
                    return refused;
                }

                var p = result.Value!;
                context.Out.WriteLine($"Planned {p.Id}: {p.Title}, {GatheringInputs.When(p.Start)} ({p.TimeZoneId}).");
                foreach (var objective in p.Objectives)
                {
                    context.Out.WriteLine($"  Objective: {objective.Question}");
                }

                if (p.Targets.Count > 0)
                {
                    context.Out.WriteLine($"  Ask for: {string.Join(", ", p.Targets[0].Hosts)} ({(p.Targets[0].Reasons.IsEmpty ? "chosen by hand" : p.Targets[0].Reasons[0])})");
                }

                context.Out.WriteLine($"  Team: {string.Join(", ", p.Team.Select(t => t.Role is null ? t.Name : $"{t.Name} ({t.Role})"))}");
                foreach (var problem in VisitPlanValidator.Validate(p))
                {
                    context.Out.WriteLine($"  To do before sending: {problem}");
                }

                if (parse.GetValue(output) is { } outFile)
                {
                    File.WriteAllText(outFile.FullName, VisitPlanWriter.Write(p));
                    context.Out.WriteLine($"Wrote {outFile.FullName}");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Debrief(HostContext context)
    {
        var visit = new Option<string>("--visit") { Description = "The visit's id.", Required = true };
        var startDoing = new Option<string[]>("--start-doing") { Description = "A practice to start (repeat).", AllowMultipleArgumentsPerToken = true };
        var stopDoing = new Option<string[]>("--stop-doing") { Description = "A practice to stop (repeat).", AllowMultipleArgumentsPerToken = true };
        var keepDoing = new Option<string[]>("--continue-doing") { Description = "A practice to keep (repeat).", AllowMultipleArgumentsPerToken = true };
        var report = new Option<string>("--report") { Description = "The short written report for stakeholders.", DefaultValueFactory = _ => "" };
        var command = new Command("debrief", "Capture the visiting team's debrief, after the visit: start, stop, continue and the report.") { visit, startDoing, stopDoing, keepDoing, report };
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var debrief = new VisitDebrief([.. parse.GetValue(startDoing) ?? []], [.. parse.GetValue(stopDoing) ?? []], [.. parse.GetValue(keepDoing) ?? []], parse.GetValue(report)!);
            var result = new VisitBook(storage.Visits, GatheringInputs.Clock(context, parse)).DebriefAsync(parse.GetValue(visit)!, debrief).Wait();
            if (GatheringInputs.Refused(context, result) is { } refused)
            {
                return refused;
            }

            context.Out.WriteLine($"Debrief of {result.Value!.Id} kept: {debrief.Start.Count} to start, {debrief.Stop.Count} to stop, {debrief.Continue.Count} to continue.");
            context.Out.WriteLine($"The return visit to {result.Value.VisitorOrganization} is owed until it happens: `visit plan --reciprocal-of {result.Value.Id} ...`.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Owed(HostContext context)
    {
        var command = new Command("owed", "List the return visits owed: first visits that happened whose return visit has not (yet).");
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var owed = new VisitBook(storage.Visits, GatheringInputs.Clock(context, parse)).OwedAsync().Wait();
            if (owed.Count == 0)
            {
                context.Out.WriteLine("No return visit is owed.");
            }

            foreach (var o in owed)
            {
                var state = o.Reciprocal is null ? "not planned yet" : $"planned as {o.Reciprocal.Id} for {GatheringInputs.When(o.Reciprocal.Start)}";
                context.Out.WriteLine($"{o.First.HostOrganization} owes {o.First.VisitorOrganization} a return visit (since {o.First.Id} ended {GatheringInputs.When(o.OwedSince)}): {state}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command FollowUp(HostContext context)
    {
        var visit = new Option<string?>("--visit") { Description = "The visit's id (to schedule a call or mark one held)." };
        var at = new Option<string?>("--at") { Description = "When the call is, with its offset: 2027-03-03T09:00+01:00." };
        var topic = new Option<string?>("--topic") { Description = "What the call is for." };
        var due = new Option<bool>("--due") { Description = "List the follow-up calls that are due and not held." };
        var held = new Option<int?>("--held") { Description = "Mark call N of the visit (as --due numbers them) held." };
        var command = new Command("follow-up", "Schedule a follow-up call after a visit, list the calls due, or mark one held.") { visit, at, topic, due, held };
        HostOptions.ExactlyOne(command, at, due, held);
        HostOptions.Requires(command, at, visit, "a call follows one visit.");
        HostOptions.Requires(command, at, topic, "say what the call is for.");
        HostOptions.Requires(command, held, visit, "a call belongs to one visit.");
        HostOptions.Conflict(command, due, visit, "--due lists the calls of every visit.");
        command.SetAction(parse =>
        {
            DateTimeOffset when = default;
            if (parse.GetValue(at) is { } atText && !GatheringInputs.TryTime(context, "--at", atText, out when))
            {
                return ExitCodes.Usage;
            }

            return GatheringInputs.WithStorage(context, parse, storage =>
            {
                var book = new VisitBook(storage.Visits, GatheringInputs.Clock(context, parse));
                if (parse.GetValue(due))
                {
                    var calls = book.DueFollowUpsAsync().Wait();
                    context.Out.WriteLine(calls.Count == 0 ? "No follow-up call is due." : $"{calls.Count} follow-up call{(calls.Count == 1 ? " is" : "s are")} due:");
                    foreach (var d in calls)
                    {
                        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {d.Visit.Id} call {d.Index + 1}: {GatheringInputs.When(d.Call.When)}  {d.Call.Topic} ({d.Visit.VisitorOrganization} and {d.Visit.HostOrganization})"));
                    }

                    return ExitCodes.Success;
                }

                var result = parse.GetValue(held) is { } number
                    ? book.FollowUpHeldAsync(parse.GetValue(visit)!, number - 1).Wait()
                    : book.ScheduleFollowUpAsync(parse.GetValue(visit)!, new FollowUpCall(when, parse.GetValue(topic)!)).Wait();
                if (GatheringInputs.Refused(context, result) is { } refused)
                {
                    return refused;
                }

                context.Out.WriteLine(parse.GetValue(held) is { } n
                    ? $"Call {n} of {result.Value!.Id} marked held."
                    : $"Follow-up call for {result.Value!.Id} scheduled for {GatheringInputs.When(when)}: {parse.GetValue(topic)}.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command List(HostContext context)
    {
        var command = new Command("list", "List the visits in the database, with their debrief and return-visit state.");
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var all = storage.Visits.ListVisitsAsync().Wait();
            if (all.Count == 0)
            {
                context.Out.WriteLine("No visits yet; `visit plan --help` shows how to plan one.");
            }

            foreach (var v in all)
            {
                var kind = v.ReciprocalOf is null ? "" : $" (return visit of {v.ReciprocalOf})";
                context.Out.WriteLine($"{v.Id}  {GatheringInputs.When(v.Start)}  {v.VisitorOrganization} at {v.HostOrganization}{kind}: {(v.Debrief is null ? "no debrief" : "debriefed")}, {v.FollowUp.Calls.Count(c => !c.Held)} follow-up call(s) open");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
