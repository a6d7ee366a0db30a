using Npgsql;

namespace PeerPractice.PostgreSql;

/// <summary>Server and connection failures as <see cref="StoreException"/>s that say what to do.</summary>
internal static class PostgreSqlErrors
{
    public static StoreException Translate(NpgsqlException e, string database, string operation)
    {
        if (e is PostgresException pg)
        {
            return pg.SqlState switch
            {
                // A racing writer inserted the same event numbers first (the version check normally catches it).
                PostgresErrorCodes.UniqueViolation when pg.TableName == "peerpractice_session_events" =>
                    new StoreException(StoreErrorKind.StaleSequence, $"Another writer appended to the session first ({operation} on the {database}). Reload the session and retry; nothing was changed.", e),
                PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory or PostgresErrorCodes.InsufficientResources =>
                    new StoreException(StoreErrorKind.WriteFailed, $"The {database} is out of space or memory ({operation}: {pg.MessageText}). Free space on the server, then retry; nothing was changed.", e),
                PostgresErrorCodes.ReadOnlySqlTransaction =>
                    new StoreException(StoreErrorKind.WriteFailed, $"The {database} is read-only ({operation}): connect to the primary. Nothing was changed.", e),
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InsufficientPrivilege =>
                    new StoreException(StoreErrorKind.WriteFailed, $"The {database} refused the login or the permission ({operation}: {pg.MessageText}). Check the user and its grants; nothing was changed.", e),
                PostgresErrorCodes.InvalidCatalogName =>
                    new StoreException(StoreErrorKind.WriteFailed, $"The {database} does not exist. Create it (createdb), then retry; nothing was changed.", e),
                PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable =>
                    new StoreException(StoreErrorKind.Locked, $"The {database} could not take a lock for {operation} ({pg.MessageText}). Retry; nothing was changed.", e),
                _ => new StoreException(StoreErrorKind.WriteFailed, $"The {database} failed at {operation} ({pg.SqlState}: {pg.MessageText}). Fix the cause and retry; nothing was changed.", e),
            };
        }

        return new StoreException(StoreErrorKind.WriteFailed, $"The {database} could not be reached at {operation} ({e.Message}). Check that the server runs and the connection string; the command was not acknowledged (read the session's version to see whether it was recorded).", e);
    }
}
