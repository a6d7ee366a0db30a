using System;
using Microsoft.Extensions.Logging;

namespace PeerPractice.Orleans.Grains;

internal static partial class SessionGrainLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Session {SessionId}: the store failed ({Kind}); reloaded from the store")]
    public static partial void StoreFailed(ILogger logger, string sessionId, StoreErrorKind kind, Exception exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Session {SessionId}: its stored agenda does not load: {Problems}")]
    public static partial void Unreadable(ILogger logger, string sessionId, string problems);
}
