namespace PeerPractice.Core.Tests.Storage;

/// <summary>The errors every engine gives (their kinds and whole messages) and the one refusal type of the workflows.</summary>
public sealed class StoreErrorTests
{
    [Fact]
    public void The_shared_store_errors_name_the_session_and_say_what_to_do()
    {
        var taken = StoreException.SessionAlreadyExists("s1");
        var missing = StoreException.SessionNotFound("s2");
        var stale = StoreException.StaleSequence("s3", 4, 7);
        var inUse = StoreException.SessionInUse("s4", "/data/pp.db");

        Assert.Equal((StoreErrorKind.AlreadyExists, "A session with the id 's1' already exists. Resume it, or choose another id; nothing was changed."), (taken.Kind, taken.Message));
        Assert.Equal((StoreErrorKind.NotFound, "There is no session 's2'. Check the id (list the sessions); nothing was changed."), (missing.Kind, missing.Message));
        Assert.Equal((StoreErrorKind.StaleSequence, "Session s3 is at event 7, not 4: another writer appended first. Reload the session and retry; nothing was changed."), (stale.Kind, stale.Message));
        Assert.Equal((StoreErrorKind.SessionInUse, "Session s4 is already open in another process or window (store /data/pp.db). Close it there first, then try again; nothing was changed."), (inUse.Kind, inUse.Message));
        Assert.All([taken, missing, stale, inUse], e => Assert.Null(e.InnerException));
    }

    [Fact]
    public void A_store_exception_without_a_kind_is_a_failed_write()
    {
        var cause = new IOException("disk full");

        Assert.Equal((StoreErrorKind.WriteFailed, "The store could not carry out the operation."), (new StoreException().Kind, new StoreException().Message));
        Assert.Equal((StoreErrorKind.WriteFailed, "Could not write."), (new StoreException("Could not write.").Kind, new StoreException("Could not write.").Message));
        var wrapped = new StoreException("Could not write.", cause);
        Assert.Equal((StoreErrorKind.WriteFailed, "Could not write.", cause), (wrapped.Kind, wrapped.Message, wrapped.InnerException));
        var kinded = new StoreException(StoreErrorKind.Locked, "Locked by pid 7.", cause);
        Assert.Equal((StoreErrorKind.Locked, "Locked by pid 7.", cause), (kinded.Kind, kinded.Message, kinded.InnerException));
    }

    [Fact]
    public void A_workflow_step_succeeded_only_with_a_value_and_no_refusal()
    {
        var done = WorkflowResult.Done("seated");
        var refused = WorkflowResult.Refused<string>("cannot seat: the event is full");

        Assert.Equal(("seated", null, true), (done.Value, done.Refusal, done.Succeeded));
        Assert.Equal((null, "cannot seat: the event is full", false), (refused.Value, refused.Refusal, refused.Succeeded));
        Assert.False(new WorkflowResult<string>("seated", "but refused").Succeeded);
        Assert.False(new WorkflowResult<string>(null, null).Succeeded);
    }
}
