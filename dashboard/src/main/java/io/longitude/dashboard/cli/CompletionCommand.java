package io.longitude.dashboard.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints picocli's generated bash (and zsh) completion script for every command and option, also for {@code ./longitude}. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the shell completion script (bash and zsh) of every command and option.",
            "Load it in this shell with: source <(./longitude completion)"
        })
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("longitude", spec.root().commandLine());
        spec.commandLine().getOut().print(script);
        // The launcher is called by its path in a clone; completion is keyed by the word typed.
        spec.commandLine().getOut().println("complete -F _complete_longitude -o default ./longitude");
        spec.commandLine().getOut().flush();
        return ExitCodes.DONE;
    }
}
