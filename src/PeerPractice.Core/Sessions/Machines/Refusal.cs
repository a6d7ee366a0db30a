namespace PeerPractice.Sessions;

/// <summary>Why a machine refused a trigger; turned into a sentence naming the person or rule by the session.</summary>
internal enum Refusal : byte
{
    None,
    NotNow,
    Paused,
    NotPaused,
    AlreadyPaused,
    AgreementMissing,
    NoItemBefore,
    Terminal,
}
