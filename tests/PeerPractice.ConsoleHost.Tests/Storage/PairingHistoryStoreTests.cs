using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Tests.Storage;

public class PairingHistoryStoreTests
{
    [Fact]
    public void Rounds_persist_across_reopening_with_pairs_in_canonical_order()
    {
        using var temp = new TempDatabase();
        long round;
        using (var database = HostDatabase.Open(temp.Path))
        {
            round = new PairingHistoryStore(database).RecordRound("pairs", 42, DateTimeOffset.UnixEpoch, [("m2", "m1"), ("m3", "m4")]);
        }

        using var reopened = HostDatabase.Open(temp.Path);
        var store = new PairingHistoryStore(reopened);
        Assert.True(store.RecordMeeting(round, "m1", "m2", met: true, 4, "great coffee"));
        Assert.False(store.RecordMeeting(round, "m1", "m4", met: true, null, null));

        var all = store.All();
        Assert.Equal(2, all.Count);
        Assert.Equal(("m1", "m2", (bool?)true, "great coffee"), (all[0].MemberA, all[0].MemberB, all[0].Met, all[0].Feedback));
        Assert.Equal(("m3", "m4", (bool?)null), (all[1].MemberA, all[1].MemberB, all[1].Met));
    }

    [Fact]
    public void A_round_with_a_repeated_pair_is_not_recorded_at_all()
    {
        using var temp = new TempDatabase();
        using var database = HostDatabase.Open(temp.Path);
        var store = new PairingHistoryStore(database);

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => store.RecordRound("pairs", 1, DateTimeOffset.UnixEpoch, [("a", "b"), ("b", "a")]));

        Assert.Empty(store.All());
    }
}
