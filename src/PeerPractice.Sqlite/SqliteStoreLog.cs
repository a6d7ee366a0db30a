using System;
using Microsoft.Extensions.Logging;

namespace PeerPractice.Sqlite;

/// <summary>What the SQLite store logs: migrations, refusals, repairs and slow commands (source-generated, allocation-free when off).</summary>
internal static partial class SqliteStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Migrated {Path} to schema version {Version}")]
    public static partial void Migrated(ILogger logger, string path, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused {Path}: {Kind}")]
    public static partial void Refused(ILogger logger, string path, StoreErrorKind kind, Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Gave {File} its database's mode back (an earlier run left it read-only)")]
    public static partial void RepairedSidecar(ILogger logger, string file);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Operation} on {Path} took {Milliseconds} ms")]
    public static partial void SlowCommand(ILogger logger, string operation, string path, double milliseconds);
}
