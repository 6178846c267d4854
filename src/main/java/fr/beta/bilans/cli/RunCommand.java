package fr.beta.bilans.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder wired below. */
@Command(name = "run")
final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return ExitCodes.USAGE;
  }
}
