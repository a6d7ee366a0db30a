using System.CommandLine;
using System.Globalization;
using PeerPractice.Breakfasts;
using PeerPractice.Calendar;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>breakfast plan | invite | rsvp | seat | record | list</c>: small breakfasts of similar leaders
/// (the second seed), kept in the host's database. Invitees come from the cohort through the group
/// planner, tables avoid every pair the pairing history has, and recording who came writes the table
/// pairs into that history, so later seatings and rounds (<c>match</c>) know who has met.
/// Exit codes: 0 done, 1 refused (nothing changed) or bad input files, 2 usage.
/// </summary>
internal static class BreakfastCommand
{
    public static Command Create(HostContext context)
    {
        var command = new Command("breakfast", "Plan small breakfasts of similar leaders: invite, answer, seat at tables, record who came.");
        command.Subcommands.Add(Plan(context));
        command.Subcommands.Add(Invite(context));
        command.Subcommands.Add(Rsvp(context));
        command.Subcommands.Add(Seat(context));
        command.Subcommands.Add(Record(context));
        command.Subcommands.Add(List(context));
        command.Options.Add(GatheringInputs.AsOf);
        return command;
    }

    private static Option<string> EventOption() => new("--event") { Description = "The breakfast's id.", Required = true };

    private static Option<FileInfo?> MembersOption() => new("--members") { Description = "Profiles file: JSON ({ \"members\": [...] }) or, named *.csv, CSV with a header row (docs/matching.md); the embedded default cohort when absent." };

    private static Option<FileInfo?> PolicyOption() => new("--policy") { Description = "Matching policy JSON file; the default policy when absent." };

    private static Command Plan(HostContext context)
    {
        var id = new Option<string>("--id") { Description = "Kebab-case id of the breakfast, such as nyc-breakfast-march.", Required = true };
        var title = new Option<string>("--title") { Description = "Shown to people.", DefaultValueFactory = _ => "CIO breakfast" };
        var start = new Option<string>("--start") { Description = "When it starts, with its offset: 2027-03-04T08:00-05:00.", Required = true };
        var minutes = new Option<int>("--minutes") { Description = "How long, in minutes.", DefaultValueFactory = _ => 120 };
        var zone = new Option<string>("--time-zone") { Description = "The IANA zone it is held in, for invitations.", Required = true };
        var location = new Option<string>("--location") { Description = "Where.", DefaultValueFactory = _ => "" };
        var topics = new Option<string[]>("--topic") { Description = "A topic id of the catalog to talk about (repeat for several); invitees share one of them as a concern.", AllowMultipleArgumentsPerToken = true };
        var count = new Option<int>("--invite") { Description = "How many to invite.", DefaultValueFactory = _ => 8 };
        var around = new Option<string?>("--around") { Description = "A member the group is built around (the host, say)." };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same invitees.", DefaultValueFactory = _ => 1 };
        var members = MembersOption();
        var policy = PolicyOption();
        var command = new Command("plan", "Plan a breakfast: invitees are a group of similar leaders chosen from the cohort by the group planner.")
        {
            id, title, start, minutes, zone, location, topics, count, around, seed, members, policy,
        };
        command.SetAction(parse =>
        {
            if (!GatheringInputs.TryTime(context, "--start", parse.GetValue(start)!, out var when))
            {
                return ExitCodes.Usage;
            }

            var topicIds = parse.GetValue(topics) ?? [];
            if (TopicCatalog.BuiltIn.FirstUnknown(topicIds) is { } unknown)
            {
                context.Error.WriteLine($"Unknown topic '{unknown}' for --topic. Known topics: {string.Join(", ", TopicCatalog.BuiltIn.Topics.Select(t => t.Id))}.");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(count) < 2 || parse.GetValue(minutes) < 1)
            {
                context.Error.WriteLine("--invite must be at least 2 and --minutes at least 1.");
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

            var host = parse.GetValue(around);
            if (host is not null && !cohort.Any(m => m.Id == host))
            {
                context.Error.WriteLine($"No member with id '{host}' for --around.");
                return ExitCodes.Usage;
            }

            return GatheringInputs.WithStorage(context, parse, storage =>
            {
                var history = storage.Pairings.LoadHistoryAsync().Wait();
                var invitees = new BreakfastPlanner(rules, history).ChooseInvitees(cohort, topicIds, parse.GetValue(count), GatheringInputs.Today(context, parse), host, parse.GetValue(seed));
                if (invitees.Count < 2)
                {
                    context.Error.WriteLine("Refused: too few members share these topics and may sit at a table together. Nothing was changed.");
                    return ExitCodes.ProblemsFound;
                }

                var breakfast = new BreakfastEvent(parse.GetValue(id)!, parse.GetValue(title)!, when, TimeSpan.FromMinutes(parse.GetValue(minutes)), parse.GetValue(zone)!, parse.GetValue(location)!, [.. topicIds], invitees);
                var planned = new BreakfastBook(storage.Breakfasts, storage.Pairings, GatheringInputs.Clock(context, parse)).PlanAsync(breakfast).Wait();
                if (GatheringInputs.Refused(context, planned) is { } refused)
                {
                    return refused;
                }

                var names = cohort.ToDictionary(m => m.Id, StringComparer.Ordinal);
                context.Out.WriteLine($"Planned {breakfast.Id}: {breakfast.Title}, {GatheringInputs.When(breakfast.Start)} ({breakfast.TimeZoneId}), {invitees.Count} invited:");
                foreach (var invitee in invitees)
                {
                    var m = names[invitee];
                    context.Out.WriteLine($"  {invitee}  {m.Name}, {m.Title} at {m.Organization}");
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Invite(HostContext context)
    {
        var @event = EventOption();
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the invitation (.md) and calendar file (.ics) to.", Required = true };
        var members = MembersOption();
        var organizer = new Option<string>("--organizer") { Description = "Who sends the invitation: \"Name <email>\".", DefaultValueFactory = _ => "PeerPractice <breakfast@peerpractice.example>" };
        var templates = new Option<string?>("--templates", "-t") { Description = "A template folder whose breakfast-invitation.md.sbn overrides the built-in invitation." };
        var command = new Command("invite", "Write the invitation and its .ics for every invitee of a breakfast.") { @event, output, members, organizer, templates };
        command.SetAction(parse =>
        {
            if (MatchInputs.TryLoadMembers(context, parse.GetValue(members), out var cohort) is { } badMembers)
            {
                return badMembers;
            }

            var templateSet = Documents.TemplateSet.BuiltIn;
            if (parse.GetValue(templates) is { } folder)
            {
                templateSet = Documents.TemplateSet.FromFolder(folder, out var templateProblems);
                if (!templateProblems.IsEmpty)
                {
                    ProblemOutput.Write(context.Error, templateProblems);
                    return ExitCodes.ProblemsFound;
                }
            }

            var from = ParsePerson(parse.GetValue(organizer)!);
            if (from is null)
            {
                context.Error.WriteLine("--organizer is written \"Name <email>\".");
                return ExitCodes.Usage;
            }

            return GatheringInputs.WithStorage(context, parse, storage =>
            {
                var breakfast = storage.Breakfasts.GetBreakfastAsync(parse.GetValue(@event)!).Wait();
                if (breakfast is null)
                {
                    context.Error.WriteLine($"Refused: there is no breakfast '{parse.GetValue(@event)}'; `breakfast list` shows the events. Nothing was changed.");
                    return ExitCodes.ProblemsFound;
                }

                var names = cohort.ToDictionary(m => m.Id, StringComparer.Ordinal);
                var people = breakfast.Invitees.Select(id => names.TryGetValue(id, out var m) ? m : null).ToList();
                if (people.IndexOf(null) is var missing and >= 0)
                {
                    context.Error.WriteLine($"Invitee '{breakfast.Invitees[missing]}' is not in the members given; pass the cohort the breakfast was planned from.");
                    return ExitCodes.ProblemsFound;
                }

                // Rendered before anything is written, so a broken override leaves no half-written invitation.
                string invitation;
                try
                {
                    invitation = new Documents.TemplateRenderer(templateSet, Documents.RenderLimits.Default, context.Time)
                        .Render(Documents.BuiltInTemplates.BreakfastInvitation, Documents.DocumentModel.FromBreakfast(breakfast, people.Select(m => m!).ToList()));
                }
                catch (Documents.TemplateRenderException exception)
                {
                    ProblemOutput.Write(context.Error, [exception.Problem]);
                    return ExitCodes.ProblemsFound;
                }

                var folder = parse.GetValue(output)!;
                folder.Create();
                var attendees = people.Select(m => new CalendarPerson(m!.Name, m.Id + "@members.peerpractice.example")).ToList();
                var ics = InvitationWriter.Write(Invitations.ForBreakfast(breakfast, from, attendees, "peerpractice.example"), GatheringInputs.Clock(context, parse));
                var icsPath = Path.Combine(folder.FullName, breakfast.Id + ".ics");
                var mdPath = Path.Combine(folder.FullName, breakfast.Id + ".invitation.md");
                File.WriteAllText(icsPath, ics);
                File.WriteAllText(mdPath, invitation);
                context.Out.WriteLine($"Wrote {mdPath}");
                context.Out.WriteLine($"Wrote {icsPath} ({attendees.Count} attendees)");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command Rsvp(HostContext context)
    {
        var @event = EventOption();
        var member = new Option<string>("--member") { Description = "The invitee answering.", Required = true };
        var answer = new Option<string>("--answer") { Description = "accepted, declined or tentative.", Required = true };
        answer.AcceptOnlyFromAmong("accepted", "declined", "tentative");
        var command = new Command("rsvp", "Record an invitee's answer (a later answer replaces an earlier one).") { @event, member, answer };
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var value = Enum.Parse<RsvpAnswer>(parse.GetValue(answer)!, ignoreCase: true);
            var result = new BreakfastBook(storage.Breakfasts, storage.Pairings, GatheringInputs.Clock(context, parse)).RsvpAsync(parse.GetValue(@event)!, parse.GetValue(member)!, value).Wait();
            if (GatheringInputs.Refused(context, result) is { } refused)
            {
                return refused;
            }

            var b = result.Value!;
            context.Out.WriteLine($"{parse.GetValue(member)} {parse.GetValue(answer)} {b.Id}: {b.Answered(RsvpAnswer.Accepted).Count} accepted, {b.Answered(RsvpAnswer.Declined).Count} declined, {b.Answered(RsvpAnswer.Tentative).Count} tentative, {b.Invitees.Count - b.Rsvps.Select(r => r.MemberId).Distinct().Count()} not answered.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Seat(HostContext context)
    {
        var @event = EventOption();
        var min = new Option<int>("--min") { Description = "Fewest at a table.", DefaultValueFactory = _ => 3 };
        var max = new Option<int>("--max") { Description = "Most at a table.", DefaultValueFactory = _ => 6 };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same tables.", DefaultValueFactory = _ => 1 };
        var members = MembersOption();
        var policy = PolicyOption();
        var progress = new Option<bool>("--progress") { Description = "Show the stages of a long seating on stderr (on by default from 2,000 accepted)." };
        var command = new Command("seat", "Seat those who accepted at tables: similar backgrounds, no pair that has met before while avoidable.") { @event, min, max, seed, members, policy, progress };
        command.SetAction(parse =>
        {
            if (parse.GetValue(min) < 2 || parse.GetValue(max) < parse.GetValue(min))
            {
                context.Error.WriteLine("Table sizes need 2 <= --min <= --max.");
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

            return GatheringInputs.WithStorage(context, parse, storage =>
            {
                var accepted = storage.Breakfasts.GetBreakfastAsync(parse.GetValue(@event)!).Wait()?.Answered(RsvpAnswer.Accepted).Count ?? 0;
                var showProgress = parse.GetValue(progress) || accepted >= ProgressFrom;
                var options = new GroupOptions { MinSize = parse.GetValue(min), MaxSize = parse.GetValue(max), Progress = showProgress ? new StageProgress(context) : null };
                var result = new BreakfastBook(storage.Breakfasts, storage.Pairings, GatheringInputs.Clock(context, parse)).SeatAsync(parse.GetValue(@event)!, cohort, rules, options, parse.GetValue(seed)).Wait();
                if (GatheringInputs.Refused(context, result) is { } refused)
                {
                    return refused;
                }

                var names = cohort.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal);
                var b = result.Value!;
                context.Out.WriteLine($"Seated {b.Id}: {b.Tables.Sum(t => t.MemberIds.Count)} at {b.Tables.Count} table{(b.Tables.Count == 1 ? "" : "s")}.");
                for (var t = 0; t < b.Tables.Count; t++)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  Table {t + 1}: {string.Join(", ", b.Tables[t].MemberIds.Select(id => $"{names[id]} ({id})"))}"));
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    /// <summary>From this many members seated, tables are long work (planned block by block) and progress shows unasked.</summary>
    private const int ProgressFrom = 2_000;

    private static Command Record(HostContext context)
    {
        var @event = EventOption();
        var attended = new Option<string[]>("--attended") { Description = "Who came (repeat or list); everyone seated when absent.", AllowMultipleArgumentsPerToken = true };
        var command = new Command("record", "After the breakfast: record who came; table pairs go into the pairing history.") { @event, attended };
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var came = parse.GetValue(attended) is { Length: > 0 } list ? list : null;
            var result = new BreakfastBook(storage.Breakfasts, storage.Pairings, GatheringInputs.Clock(context, parse)).RecordAsync(parse.GetValue(@event)!, came).Wait();
            if (GatheringInputs.Refused(context, result) is { } refused)
            {
                return refused;
            }

            var b = result.Value!;
            var pairs = b.Tables.Sum(t => { var n = t.MemberIds.Count(b.Attended.Contains); return n * (n - 1) / 2; });
            context.Out.WriteLine($"Recorded {b.Id}: {b.Attended.Count} came; {pairs} pairs who shared a table are in the pairing history (round {b.HistoryRound}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(HostContext context)
    {
        var command = new Command("list", "List the breakfasts in the database, with answers, tables and attendance.");
        command.SetAction(parse => GatheringInputs.WithStorage(context, parse, storage =>
        {
            var all = storage.Breakfasts.ListBreakfastsAsync().Wait();
            if (all.Count == 0)
            {
                context.Out.WriteLine("No breakfasts yet; `breakfast plan --help` shows how to plan one.");
            }

            foreach (var b in all)
            {
                var state = b.IsRecorded ? $"recorded, {b.Attended.Count} came" : b.Tables.IsEmpty ? "not seated" : $"seated at {b.Tables.Count} tables";
                context.Out.WriteLine($"{b.Id}  {GatheringInputs.When(b.Start)}  {b.Title}: {b.Invitees.Count} invited, {b.Answered(RsvpAnswer.Accepted).Count} accepted, {state}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static CalendarPerson? ParsePerson(string text)
    {
        var open = text.IndexOf('<', StringComparison.Ordinal);
        var close = text.LastIndexOf('>');
        return open > 0 && close > open + 1 ? new CalendarPerson(text[..open].Trim(), text[(open + 1)..close].Trim()) : null;
    }
}
