/// Work the runner cannot do itself because it lives in a target that
/// ParleyUI must not depend on (a `git` child process, say): the `parley`
/// target injects it into `EffectRunner`. The runner asks its services
/// first, so a service may also take over an effect the runner knows.
public protocol EffectService: Sendable {
    /// How the service carries out `effect`; nil when it is not its effect.
    func plan(for effect: Effect) -> EffectPlan?
}

/// How an injected service carries out an effect.
public enum EffectPlan: Sendable {
    /// Done at once on the loop's thread; the events answer it.
    case now(@Sendable () -> [Event])
    /// Done on another thread while the screen keeps answering; its events
    /// come back through `EffectRunner.takeFinished()`.
    case background(BackgroundWork, @Sendable () -> [Event])
}
