package pl.koordynator.es.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a list of requests on as many threads, released by one barrier only once every thread is
 * ready: the closest a test comes to many people pressing the button in the same instant.
 */
final class AllAtOnce {

    private AllAtOnce() {
    }

    /** A request in two steps: {@code prepare} before the release (e.g. connect), {@code send} after it. */
    interface Prepared<T> {

        Callable<T> prepare() throws Exception;
    }

    /** The results in the order of {@code requests}. */
    static <T> List<T> run(List<Prepared<T>> requests) throws Exception {
        CyclicBarrier release = new CyclicBarrier(requests.size());
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (Prepared<T> request : requests) {
                runs.add(threads.submit(() -> {
                    Callable<T> send;
                    try {
                        send = request.prepare();
                    } finally {
                        // a failed preparation must not leave the others waiting for ever
                        release.await(1, TimeUnit.MINUTES);
                    }
                    return send.call();
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

    /** The same request {@code times} times. */
    static <T> List<T> times(int times, Callable<T> request) throws Exception {
        List<Prepared<T>> requests = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            requests.add(() -> request);
        }
        return run(requests);
    }
}
