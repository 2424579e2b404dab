import ParleyUI

extension Driver {
    /// Carries out the last update's effects with `runner`, as the terminal
    /// loop does, and feeds every answer back through `update` (answers'
    /// effects too). Effects that need the terminal are collected, not run.
    /// Background work is not waited for: see `finishBackgroundWork`.
    @discardableResult
    mutating func runEffects(with runner: EffectRunner) -> [TerminalEffect] {
        var pending = effects
        var terminal: [TerminalEffect] = []
        while !pending.isEmpty {
            switch runner.run(pending.removeFirst()) {
            case .answered(let answers):
                for answer in answers {
                    send(answer)
                    pending += effects
                }
            case .needsTerminal(let effect):
                terminal.append(effect)
            }
        }
        return terminal
    }

    /// Waits for the runner's background work and feeds its answers back,
    /// with whatever they ask for in turn.
    mutating func finishBackgroundWork(with runner: EffectRunner) {
        for answer in runner.finishBackgroundWork() {
            send(answer)
            runEffects(with: runner)
        }
    }
}
