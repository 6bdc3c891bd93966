package pl.koordynator.es.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs work on as many threads, released by one barrier only once every thread is ready: the
 * closest a test comes to many people pressing the button in the same instant, or to two instances
 * of the application running a job past its lock. Each thread has its own connection and
 * transaction.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** Work in two steps: {@code prepare} before the release (e.g. connect), the returned call after it. */
    public interface Prepared<T> {

        Callable<T> prepare() throws Exception;
    }

    /** The results in the order of {@code work}. */
    public static <T> List<T> run(List<Prepared<T>> work) throws Exception {
        CyclicBarrier release = new CyclicBarrier(work.size());
        ExecutorService threads = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (Prepared<T> each : work) {
                runs.add(threads.submit(() -> {
                    Callable<T> call;
                    try {
                        call = each.prepare();
                    } finally {
                        // a failed preparation must not leave the others waiting for ever
                        release.await(1, TimeUnit.MINUTES);
                    }
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The same work {@code times} times. */
    public static <T> List<T> times(int times, Callable<T> work) throws Exception {
        List<Prepared<T>> all = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            all.add(() -> work);
        }
        return run(all);
    }

    /** The results of both runs. */
    public static <T> List<T> twice(Callable<T> work) throws Exception {
        return times(2, work);
    }

    /** Different work, each once. */
    public static void each(List<Runnable> work) throws Exception {
        List<Prepared<Void>> all = new ArrayList<>();
        for (Runnable each : work) {
            all.add(() -> () -> {
                each.run();
                return null;
            });
        }
        run(all);
    }
}
