import fr.beta.bilans.acquire.Checksums;
import fr.beta.bilans.extract.ExtractedReport;
import fr.beta.bilans.extract.ReportExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Extraction throughput inside a warm JVM: pages per second on one thread and on N threads
 * (one report per thread), after warm-up rounds. Run by bench/run.sh:
 *   java -cp target/bilans.jar:target/lib/* bench/ExtractionThroughput.java CORPUS/reports [ROUNDS]
 */
public class ExtractionThroughput {

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(folder)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    List<String> sums = new ArrayList<>();
    for (Path pdf : pdfs) {
      sums.add(Checksums.sha256(pdf));
    }
    int pages = 0;
    for (int i = 0; i < pdfs.size(); i++) {
      pages += new ReportExtractor().extract(pdfs.get(i), sums.get(i)).pageCount();
    }
    for (int warm = 0; warm < 3; warm++) {
      runAll(pdfs, sums, 1);
    }
    double[] single = new double[rounds];
    double[] parallel = new double[rounds];
    int threads = Runtime.getRuntime().availableProcessors();
    for (int r = 0; r < rounds; r++) {
      single[r] = runAll(pdfs, sums, 1);
      parallel[r] = runAll(pdfs, sums, threads);
    }
    Arrays.sort(single);
    Arrays.sort(parallel);
    double s = single[rounds / 2];
    double p = parallel[rounds / 2];
    System.out.printf("warm extraction, %d PDFs, %d pages, median of %d rounds:%n", pdfs.size(), pages, rounds);
    System.out.printf("  1 thread : %.3f s, %.0f pages/s%n", s, pages / s);
    System.out.printf("  %d threads: %.3f s, %.0f pages/s (x%.2f)%n", threads, p, pages / p, s / p);
  }

  private static double runAll(List<Path> pdfs, List<String> sums, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<ExtractedReport>> futures = new ArrayList<>();
    for (int i = 0; i < pdfs.size(); i++) {
      Path pdf = pdfs.get(i);
      String sum = sums.get(i);
      futures.add(pool.submit(() -> new ReportExtractor().extract(pdf, sum)));
    }
    for (Future<ExtractedReport> f : futures) {
      f.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }
}
