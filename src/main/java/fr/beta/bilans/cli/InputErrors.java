package fr.beta.bilans.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Says what is wrong with a file or folder that the user named, with the system's reason ("no such
 * file or folder", "permission denied", "is a folder, not a file"), rather than a bare path.
 */
final class InputErrors {

  private InputErrors() {}

  /** The problems of the named inputs, each naming the option, the path and the reason. */
  static List<String> missing(
      List<Path> files, List<String> fileRoles, List<Path> folders, List<String> folderRoles) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      fileProblem(files.get(i)).ifPresent(problem(fileRoles.get(i), problems));
    }
    for (int i = 0; i < folders.size(); i++) {
      folderProblem(folders.get(i)).ifPresent(problem(folderRoles.get(i), problems));
    }
    return problems;
  }

  private static java.util.function.Consumer<String> problem(String role, List<String> problems) {
    return reason -> problems.add(role + " " + reason);
  }

  static Optional<String> fileProblem(Path file) {
    if (!Files.exists(file)) {
      return Optional.of(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      return Optional.of(file + ": is a folder, not a file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of(file + ": permission denied");
    }
    return Optional.empty();
  }

  static Optional<String> folderProblem(Path folder) {
    if (!Files.exists(folder)) {
      return Optional.of(folder + ": no such folder");
    }
    if (!Files.isDirectory(folder)) {
      return Optional.of(folder + ": is a file, not a folder");
    }
    return Optional.empty();
  }

  /** An I/O error in words: the path and what the system said of it. */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + ": no such file or folder";
    }
    if (e instanceof AccessDeniedException a) {
      return a.getFile() + ": permission denied";
    }
    if (e instanceof NotDirectoryException d) {
      return d.getFile() + ": is a file, not a folder";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + ": already exists";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getFile() + ": " + f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
