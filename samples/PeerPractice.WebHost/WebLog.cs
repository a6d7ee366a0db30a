namespace PeerPractice.WebHost;

internal static partial class WebLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing session subscriptions failed; retrying in a minute.")]
    public static partial void RenewFailed(ILogger logger, Exception exception);
}
