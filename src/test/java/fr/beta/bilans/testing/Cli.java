package fr.beta.bilans.testing;

import fr.beta.bilans.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The command line as a user runs it, its standard output and error kept for the assertions. */
public final class Cli {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code bilans ARGS}; what it prints adds to what the earlier runs printed. */
  public int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Forgets what the earlier runs printed. */
  public void clear() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }

  public String out() {
    return out.toString();
  }

  public String err() {
    return err.toString();
  }
}
