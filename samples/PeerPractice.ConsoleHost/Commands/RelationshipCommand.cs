using System.CommandLine;
using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.Calendar;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// <c>relationship list|show|next|overdue</c>: the members who meet regularly, their series of sessions,
/// the next session with what carries over, and the relationships that are cooling or overdue.
/// </summary>
internal static class RelationshipCommand
{
    public static Command Create(HostContext context)
    {
        var command = new Command("relationship", "Relationships that meet regularly: their series, the next session with carry-over, and which are overdue.");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateShow(context));
        command.Subcommands.Add(CreateNext(context));
        command.Subcommands.Add(CreateOverdue(context));
        command.Subcommands.Add(CreateInvite(context));
        command.Subcommands.Add(CreateImport(context));
        return command;
    }

    private static Command CreateImport(HostContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A *.relationships.json file (schema: relationships.schema.json), such as internal partnerships." };
        var command = new Command("import", "Import relationships in bulk: all or nothing, every problem located.") { file };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                context.Error.WriteLine($"Relationships file not found: {path.FullName}");
                return ExitCodes.Usage;
            }

            var loaded = RelationshipsLoader.Parse(File.ReadAllText(path.FullName), path.FullName);
            ProblemOutput.Write(context.Error, loaded.Problems);
            if (!loaded.Succeeded)
            {
                context.Error.WriteLine("Nothing imported.");
                return ExitCodes.ProblemsFound;
            }

            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            var taken = loaded.Value.Where(r => storage.Relationships.FindRelationshipAsync(r.Id).Wait() is not null).Select(r => r.Id).ToList();
            if (taken.Count > 0)
            {
                context.Error.WriteLine($"Already in {storage.Path}: {string.Join(", ", taken)}. Nothing imported; rename them or remove them from the file.");
                return ExitCodes.ProblemsFound;
            }

            foreach (var relationship in loaded.Value)
            {
                storage.Relationships.CreateRelationshipAsync(relationship).Wait();
                context.Out.WriteLine($"Imported {relationship.Id} ({relationship.Kind.ToString().ToLowerInvariant()}): {RelationshipText.Members(relationship)}, {relationship.AgendaId} every {RelationshipText.Cadence(relationship.Cadence)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateList(HostContext context)
    {
        var member = new Option<string?>("--member") { Description = "Only this member's relationships." };
        var command = new Command("list", "List relationships: members, cadence, sessions held and standing.") { member };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (OpenExisting(parse, context) is not { } storage)
            {
                context.Out.WriteLine("No relationships yet: one begins when both sides accept an introduction ('intro answer').");
                return ExitCodes.Success;
            }

            using (storage)
            {
                var relationships = storage.Relationships.ListRelationshipsAsync(parse.GetValue(member)).Wait();
                if (relationships.Count == 0)
                {
                    context.Out.WriteLine("No relationships yet: one begins when both sides accept an introduction ('intro answer').");
                }

                foreach (var relationship in relationships)
                {
                    var series = RelationshipSeries.LoadAsync(storage.Sessions, relationship, context.Time).Wait();
                    var health = RelationshipHealth.Assess(relationship, series, context.Time.GetUtcNow());
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{relationship.Id}  {RelationshipText.Members(relationship)}  {RelationshipText.Cadence(relationship.Cadence)}, {series.Sessions.Count} session(s), {RelationshipText.Standing(health)}"));
                }

                return ExitCodes.Success;
            }
        }));
        return command;
    }

    private static Command CreateShow(HostContext context)
    {
        var id = new Argument<string>("id") { Description = "The relationship (see 'relationship list')." };
        var command = new Command("show", "Show a relationship: members, agenda, sessions held, speaking shares, what carries over and its standing.") { id };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            if (Find(storage, parse.GetValue(id)!, context) is not { } relationship)
            {
                return ExitCodes.ProblemsFound;
            }

            var series = RelationshipSeries.LoadAsync(storage.Sessions, relationship, context.Time).Wait();
            var health = RelationshipHealth.Assess(relationship, series, context.Time.GetUtcNow());
            var o = context.Out;
            o.WriteLine($"Relationship {relationship.Id} ({relationship.Kind.ToString().ToLowerInvariant()}, {relationship.Status.ToString().ToLowerInvariant()})");
            foreach (var member in relationship.Members)
            {
                o.WriteLine($"  {member.Id}: {member.Name}{(member.Role.Length > 0 ? ", " + member.Role : "")}, {member.Organization} ({member.TimeZoneId}, {member.WorkdayStartHour:00}:00-{member.WorkdayEndHour:00}:00)");
            }

            o.WriteLine($"Agenda {relationship.AgendaId}, every {RelationshipText.Cadence(relationship.Cadence)}{(relationship.InPerson ? ", in person (hosts alternate)" : "")}");
            o.WriteLine($"Sessions held: {series.Sessions.Count}");
            foreach (var session in series.Sessions)
            {
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {session.Started:yyyy-MM-dd HH:mm}  {(int)session.Duration.TotalMinutes} min, {session.UnfinishedItemIds.Count} item(s) unfinished, {session.ActionItems.Count} action(s)"));
            }

            if (series.Sessions.Count > 0)
            {
                o.WriteLine("Speaking shares over the series: " + string.Join(", ", series.SpeakingShares.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.ParticipantId} {s.Share:P0}"))));
            }

            RelationshipText.WriteCarryOver(o, series.CarryOver);
            o.WriteLine($"Standing: {RelationshipText.Standing(health)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateNext(HostContext context)
    {
        var id = new Argument<string>("id") { Description = "The relationship (see 'relationship list')." };
        var clock = new Option<string>("--clock") { Description = "'system' (real time, the default) or 'manual': time moves only with 'wait' commands.", DefaultValueFactory = _ => "system" };
        var start = new Option<DateTimeOffset?>("--start-time") { Description = "With --clock manual: the time the session starts (ISO 8601)." };
        var sessionId = new Option<string?>("--id") { Description = "The session id (default: date, time and a random suffix)." };
        var command = new Command("next", "Start the relationship's next session: unfinished items and open actions carried over, the opener chosen by the series' rule.") { id, clock, start, sessionId };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
            StartNext(context, parse, parse.GetValue(id)!, parse.GetValue(clock)!, parse.GetValue(start), parse.GetValue(sessionId), autoAdvance: false)));
        return command;
    }

    private static Command CreateOverdue(HostContext context)
    {
        var command = new Command("overdue", "List relationships that are overdue (no session for longer than their cadence allows) or cooling (open actions past due).");
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (OpenExisting(parse, context) is not { } storage)
            {
                context.Out.WriteLine("No relationships yet.");
                return ExitCodes.Success;
            }

            using (storage)
            {
                var now = context.Time.GetUtcNow();
                var listed = 0;
                foreach (var relationship in storage.Relationships.ListRelationshipsAsync().Wait())
                {
                    var series = RelationshipSeries.LoadAsync(storage.Sessions, relationship, context.Time).Wait();
                    var health = RelationshipHealth.Assess(relationship, series, now);
                    if (health.Standing is RelationshipStanding.Overdue or RelationshipStanding.Cooling)
                    {
                        listed++;
                        context.Out.WriteLine($"{relationship.Id}  {RelationshipText.Members(relationship)}: {RelationshipText.Standing(health)}");
                        foreach (var action in health.OverdueActions)
                        {
                            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  past due: {action.Owner}: {action.Text} (due {action.Due:yyyy-MM-dd})"));
                        }
                    }
                }

                if (listed == 0)
                {
                    context.Out.WriteLine("Every active relationship is on track.");
                }

                return ExitCodes.Success;
            }
        }));
        return command;
    }

    private static Command CreateInvite(HostContext context)
    {
        var id = new Argument<string>("id") { Description = "The relationship (see 'relationship list')." };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write <id>.ics to.", Required = true };
        var count = new Option<int>("--occurrences") { Description = "How many meetings the recurring invitation holds.", DefaultValueFactory = _ => 12 };
        var command = new Command("invite", "Suggest the next meeting from the cadence, in every member's time zone and working hours, and write it as a recurring iCalendar invitation (RRULE).") { id, output, count };
        command.SetAction(parse => SessionCommands.Guard(context, () =>
        {
            if (parse.GetValue(count) < 1)
            {
                context.Error.WriteLine("--occurrences must be at least 1.");
                return ExitCodes.Usage;
            }

            using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
            if (Find(storage, parse.GetValue(id)!, context) is not { } relationship)
            {
                return ExitCodes.ProblemsFound;
            }

            if (relationship.Status != RelationshipStatus.Active)
            {
                context.Error.WriteLine($"Refused: relationship {relationship.Id} is {relationship.Status.ToString().ToLowerInvariant()}; only an active relationship gets its next meeting. Nothing was written.");
                return ExitCodes.ProblemsFound;
            }

            if (!AgendaSource.TryResolve(relationship.AgendaId, out var resolved, out var agendaError))
            {
                context.Error.WriteLine(agendaError);
                return ExitCodes.ProblemsFound;
            }

            var now = context.Time.GetUtcNow();
            var series = RelationshipSeries.LoadAsync(storage.Sessions, relationship, context.Time).Wait();
            var health = RelationshipHealth.Assess(relationship, series, now);
            var duration = resolved.Definition.Duration ?? TimeSpan.FromHours(1);
            if (RelationshipSchedule.SuggestNext(relationship, health, now, duration) is not { } start)
            {
                context.Error.WriteLine($"No time fits every member's working hours for a {DurationText.Format(duration)} meeting; widen a member's working hours and try again.");
                return ExitCodes.ProblemsFound;
            }

            var people = relationship.Members.Select(m => new CalendarPerson(m.Name, m.Id + "@members.peerpractice.example")).ToList();
            var invitation = Invitations.ForRelationship(relationship, resolved.Definition, start, people[0], people, "peerpractice.example", parse.GetValue(count));
            var folder = parse.GetValue(output)!;
            folder.Create();
            var path = Path.Combine(folder.FullName, relationship.Id + ".ics");
            File.WriteAllText(path, InvitationWriter.Write(invitation, context.Time));
            foreach (var member in relationship.Members)
            {
                var local = TimeZoneInfo.ConvertTime(start, TimeZoneInfo.FindSystemTimeZoneById(member.TimeZoneId));
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{member.Name}: {local:yyyy-MM-dd HH:mm} ({member.TimeZoneId})"));
            }

            context.Out.WriteLine($"Wrote {path} (every {RelationshipText.Cadence(relationship.Cadence)}, {parse.GetValue(count)} meetings)");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Starts the relationship's next session (also <c>session start --relationship</c>); refused, with the reason, when it is not active or a session is open.</summary>
    internal static int StartNext(HostContext context, ParseResult parse, string relationshipId, string clockKind, DateTimeOffset? startTime, string? sessionId, bool autoAdvance)
    {
        if (!SessionCommands.TryCreateClock(clockKind, startTime, context, out var hostClock, out var clockError))
        {
            context.Error.WriteLine(clockError);
            return ExitCodes.Usage;
        }

        using var storage = HostStorage.Open(HostOptions.DatabasePath(parse, context), context);
        if (Find(storage, relationshipId, context) is not { } relationship)
        {
            return ExitCodes.ProblemsFound;
        }

        if (RelationshipSeries.OpenSessionAsync(storage.Sessions, relationship.Id).Wait() is { } open)
        {
            context.Error.WriteLine($"Relationship {relationship.Id} already has session {open} open: finish it first with 'session resume {open}'.");
            return ExitCodes.ProblemsFound;
        }

        if (!AgendaSource.TryResolve(relationship.AgendaId, out var resolved, out var agendaError))
        {
            context.Error.WriteLine(agendaError);
            return ExitCodes.ProblemsFound;
        }

        var settings = HostSettings.Default with { AutoAdvance = autoAdvance };
        var series = RelationshipSeries.LoadAsync(storage.Sessions, relationship, context.Time).Wait();
        var plan = RelationshipSeries.PlanNext(relationship, series, resolved.Definition, settings.ToOptions());
        if (!plan.CanStart)
        {
            context.Error.WriteLine($"Cannot start a session: {plan.Refusal}");
            return ExitCodes.ProblemsFound;
        }

        if (!AgendaSession.TryCreate(resolved.Definition, plan.Participants, hostClock, plan.Options, out var prepared, out var reason))
        {
            context.Error.WriteLine($"Cannot start {resolved.Definition.Id}: {reason}");
            return ExitCodes.ProblemsFound;
        }

        using var hosted = Facilitator.Start(storage.Sessions, sessionId ?? Facilitator.NewId(hostClock), prepared, resolved.Json, hostClock, settings, relationship.Id);
        var o = context.Out;
        o.WriteLine($"Session {hosted.Id}: session {plan.Number} of relationship {relationship.Id} ('{resolved.Definition.Title}' with {string.Join(", ", plan.Participants.Select(p => p.Name))}); saved in {storage.Path}");
        if (plan.Options.FirstOpenerId is { } opener && plan.Opener == OpenerRule.QuieterFirst && series.Sessions.Count > 0)
        {
            o.WriteLine($"Opens: {opener} (quieter-first: the least floor time over the series)");
        }

        if (plan.HostOrganization is { } host)
        {
            o.WriteLine($"Hosted by: {host} (in person, hosts alternate)");
        }

        RelationshipText.WriteCarryOver(o, plan.CarryOver);
        return SessionCommands.Facilitate(hosted, parse, context);
    }

    private static HostStorage? OpenExisting(ParseResult parse, HostContext context)
    {
        var path = HostOptions.DatabasePath(parse, context);
        return File.Exists(path) ? HostStorage.Open(path, context) : null;
    }

    private static Relationship? Find(HostStorage storage, string id, HostContext context)
    {
        var relationship = storage.Relationships.FindRelationshipAsync(id).Wait();
        if (relationship is null)
        {
            var known = storage.Relationships.ListRelationshipsAsync().Wait().Select(r => r.Id).ToList();
            context.Error.WriteLine($"No relationship '{id}' in {storage.Path}. {(known.Count == 0 ? "It holds none yet: one begins when both sides accept an introduction." : "Known: " + string.Join(", ", known.TakeLast(10)))}");
        }

        return relationship;
    }
}

/// <summary>How relationships read in the host's output.</summary>
internal static class RelationshipText
{
    public static string Cadence(Cadence cadence) => cadence switch
    {
        { Months: 1, Days: 0 } => "month",
        { Months: 3, Days: 0 } => "quarter",
        _ => cadence.ToString(),
    };

    public static string Members(Relationship relationship) => string.Join(" + ", relationship.Members.Select(m => $"{m.Name} ({m.Organization})"));

    public static string Standing(RelationshipHealth health) => health.Standing switch
    {
        RelationshipStanding.Overdue => string.Create(CultureInfo.InvariantCulture, $"OVERDUE: no session since {(health.LastMet is { } last ? last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "it began")}, due by {health.DueBy:yyyy-MM-dd}"),
        RelationshipStanding.Cooling => string.Create(CultureInfo.InvariantCulture, $"cooling: {health.OverdueActions.Count} open action(s) past due; next session due by {health.DueBy:yyyy-MM-dd}"),
        RelationshipStanding.NotActive => "not active",
        _ => string.Create(CultureInfo.InvariantCulture, $"on track; next session due by {health.DueBy:yyyy-MM-dd}"),
    };

    public static void WriteCarryOver(TextWriter o, SessionCarryOver carryOver)
    {
        if (carryOver.IsEmpty)
        {
            o.WriteLine("Carried over: nothing");
            return;
        }

        if (carryOver.UnfinishedItemIds.Count > 0)
        {
            o.WriteLine("Carried over, unfinished: " + string.Join(", ", carryOver.UnfinishedItemIds));
        }

        foreach (var action in carryOver.OpenActionItems)
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Carried over, open action: {action.Owner}: {action.Text}{(action.Due is { } due ? $" (due {due:yyyy-MM-dd})" : "")}"));
        }
    }
}
