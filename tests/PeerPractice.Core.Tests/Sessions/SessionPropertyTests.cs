using CsCheck;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// Random command sequences over every agenda and participant count. Each case is generated from a
/// fixed seed (case number), so a failure names the case that reproduces it.
/// </summary>
public sealed class SessionPropertyTests
{
    private const int Cases = 400; // 300 reached every agenda until the seventh built-in one spread the cases thinner

    // Declared before the generators, which read it while the type initializes.
    /// <summary>Every built-in agenda, plus the in-code ones (which add a role-free group with two agreements).</summary>
    private static readonly AgendaDefinition[] Agendas = [.. AgendaLibrary.All, .. TestAgendas.All];

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    /// <summary>One step: a command (by number), its argument, and how far the clock moves first.</summary>
    internal readonly record struct Step(int Command, int Argument, int AdvanceSeconds);

    internal sealed record Case(int AgendaIndex, int ExtraParticipants, bool AutoAdvance, bool Timers, double WarningFraction, bool AcknowledgeFirst, Step[] Steps, int SnapshotAt);

    private static readonly Gen<Step> StepGen = Gen.Select(Gen.Int[0, 23], Gen.Int[0, 63], Gen.OneOf(Gen.Const(0), Gen.Int[1, 90], Gen.Int[60, 900]), (c, a, s) => new Step(c, a, s));

    private static readonly Gen<Case> CaseGen =
        from agenda in Gen.Int[0, AgendaCount - 1]
        from extra in Gen.Int[0, 4]
        from auto in Gen.Bool
        from timers in Gen.Bool
        from warning in Gen.OneOf(Gen.Const(0.0), Gen.Const(0.2), Gen.Const(0.5))
        from acknowledgeFirst in Gen.Bool
        from steps in StepGen.Array[5, 120]
        from snapshotAt in Gen.Int[0, 120]
        select new Case(agenda, extra, auto, timers, warning, acknowledgeFirst, steps, snapshotAt);

    private static int AgendaCount => Agendas.Length;

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Random_command_sequences_keep_every_invariant()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < Cases; seed++)
        {
            var testCase = CaseGen.Generate(new PCG(7, (ulong)seed), null, out _);
            try
            {
                seen.UnionWith(RunCase(testCase));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"Case {seed} failed: agenda {Agendas[testCase.AgendaIndex].Id}, +{testCase.ExtraParticipants} participants, {testCase.Steps.Length} steps: {exception.Message}", exception);
            }
        }

        // The generator must reach every kind of event and every agenda, or the properties above prove little.
        string[] expected = [.. typeof(SessionEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(SessionEvent))).Select(t => t.Name), .. Agendas.Select(a => "through:" + a.Id)];
        Assert.Empty(expected.Except(seen));
    }

    private static IEnumerable<string> RunCase(Case testCase)
    {
        var agenda = Agendas[testCase.AgendaIndex];
        var count = Math.Min(agenda.Participants.Min + testCase.ExtraParticipants, agenda.Participants.Max);
        var people = TestAgendas.People(agenda, count);
        var options = new SessionOptions { AutoAdvance = testCase.AutoAdvance, EnableTimers = testCase.Timers, WarningFraction = testCase.WarningFraction };
        var clock = new FakeTimeProvider(Start);
        using var live = AgendaSession.Create(agenda, people, clock, options);
        if (testCase.AcknowledgeFirst)
        {
            // Half the cases get past the agreements at once, so that long agendas are also run to their end.
            foreach (var person in people)
            {
                foreach (var agreement in agenda.Agreements)
                {
                    live.Acknowledge(person.Id, agreement.Id);
                }
            }
        }

        FakeTimeProvider? twinClock = null;
        AgendaSession? twin = null;
        try
        {
            for (var i = 0; i < testCase.Steps.Length; i++)
            {
                if (i == testCase.SnapshotAt)
                {
                    // Snapshot, restore on a second clock, and from here run both: they must never differ.
                    twinClock = new FakeTimeProvider(clock.GetUtcNow());
                    twin = AgendaSession.Restore(live.ToSnapshotJson(), agenda, twinClock, options);
                }

                var step = testCase.Steps[i];
                clock.Advance(TimeSpan.FromSeconds(step.AdvanceSeconds));
                twinClock?.Advance(TimeSpan.FromSeconds(step.AdvanceSeconds));
                var before = live.StateFingerprint();
                var command = ToCommand(step, agenda, people);
                var result = live.TryExecute(command);
                if (!result.Accepted)
                {
                    Assert.False(string.IsNullOrWhiteSpace(result.Reason));
                    Assert.Equal(before, live.StateFingerprint());
                }

                if (twin is not null)
                {
                    Assert.Equal(result, twin.TryExecute(command));
                }

                CheckInvariants(live);
            }

            using var replayed = AgendaSession.Replay(agenda, people, new FakeTimeProvider(clock.GetUtcNow()), live.Events, options);
            Assert.Equal(live.StateFingerprint(), replayed.StateFingerprint());
            if (twin is not null)
            {
                Assert.Equal(live.StateFingerprint(), twin.StateFingerprint());
            }

            var times = live.ItemTimes;
            var wentThrough = times.All(t => t.Outcome is ItemOutcome.Completed or ItemOutcome.Skipped) && times.Any(t => t.Outcome == ItemOutcome.Completed);
            return live.Events.Select(e => e.GetType().Name).Append(wentThrough ? "through:" + agenda.Id : "").ToArray();
        }
        finally
        {
            twin?.Dispose();
        }
    }

    private static SessionCommand ToCommand(Step step, AgendaDefinition agenda, Participant[] people)
    {
        // Arguments sometimes name nobody, or an agreement the agenda lacks, to exercise refusals.
        var n = people.Length;
        var person = step.Argument % (n + 1) == n ? "nobody" : people[step.Argument % (n + 1)].Id;
        var agreements = agenda.Agreements;
        return step.Command switch
        {
            0 => new AcknowledgeCommand(person, step.Argument % 5 == 0 || agreements.IsEmpty ? "nothing" : agreements[step.Argument % agreements.Count].Id),
            1 or 2 or 3 => new AcknowledgeCommand(people[step.Argument % n].Id, agreements.IsEmpty ? "nothing" : agreements[step.Argument / n % agreements.Count].Id),
            4 => new StartCommand(),
            >= 5 and <= 14 => new NextCommand(),
            15 => new SkipItemCommand(),
            16 => new ExtendCommand(TimeSpan.FromSeconds(30 * ((step.Argument % 5) - 1))),
            17 => new GoBackCommand(),
            18 => new PauseCommand(),
            19 => new ResumeCommand(),
            20 => new AddNoteCommand(person, "note " + step.Argument, step.Argument % 2 == 0 ? NoteVisibility.Private : NoteVisibility.Shareable),
            21 => new AddActionItemCommand(person, step.Argument % 7 == 0 ? "" : "do " + step.Argument, null),
            22 => step.Argument % 4 == 0 ? new FinishCommand() : new NextCommand(),
            _ => step.Argument % 8 == 0 ? new AbandonCommand() : new NextCommand(),
        };
    }

    internal static void CheckInvariants(AgendaSession session)
    {
        // At most one speaker: a sole speaker is the whole floor; floor and listeners never overlap.
        var floor = session.FloorHolders;
        var listeners = session.Listeners;
        Assert.Empty(floor.Intersect(listeners));
        if (session.CurrentSpeaker is { } speaker)
        {
            Assert.Equal([speaker], floor);
        }

        if (session.Phase == AgendaPhase.InItem)
        {
            Assert.NotNull(session.CurrentItem);
            Assert.Equal(session.Agenda.Items[session.CurrentItemIndex], session.CurrentItem);
            Assert.NotEmpty(floor);
            Assert.Equal(session.Participants.Count, floor.Count + listeners.Count);
            if (session.TurnPhase == TurnPhase.Speaking && session.CurrentItem!.Turns.Kind == TurnKind.Each)
            {
                Assert.Single(floor);
            }
        }
        else
        {
            Assert.Equal(-1, session.CurrentItemIndex);
            Assert.Empty(floor);
            Assert.Equal(TurnPhase.None, session.TurnPhase);
        }

        // Times add up: every floor tick belongs to an item, and items + outside + paused is the clock.
        var speaking = session.SpeakingTimes.Sum(t => t.Time.Ticks);
        var items = session.ItemTimes.Sum(t => t.Spent.Ticks);
        Assert.Equal(items, speaking);
        Assert.Equal(session.Elapsed.Ticks, items + session.OutsideItemsTime.Ticks + session.PausedTime.Ticks);
        var shares = session.SpeakingTimes.Sum(t => t.Share);
        Assert.True(speaking == 0 ? shares == 0 : Math.Abs(shares - 1) < 1e-9, $"shares add up to {shares}");
    }
}
