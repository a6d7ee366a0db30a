using System;
using Microsoft.Extensions.Logging;

namespace PeerPractice.PostgreSql;

/// <summary>What the PostgreSQL store logs: migrations and refusals (source-generated, allocation-free when off).</summary>
internal static partial class PostgreSqlStoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Migrated {Database} to schema version {Version}")]
    public static partial void Migrated(ILogger logger, string database, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused {Database}: {Kind}")]
    public static partial void Refused(ILogger logger, string database, StoreErrorKind kind, Exception exception);
}
