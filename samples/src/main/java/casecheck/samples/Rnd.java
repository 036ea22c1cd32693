package casecheck.samples;

import java.util.List;
import java.util.SplittableRandom;

/** Deterministic randomness: every choice of the generator goes through one seeded instance. */
final class Rnd {

    private final SplittableRandom random;

    Rnd(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int between(int fromInclusive, int toInclusive) {
        return random.nextInt(fromInclusive, toInclusive + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    Rnd fork() {
        return new Rnd(random.nextLong());
    }
}
