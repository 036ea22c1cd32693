package casecheck.samples;

import java.time.LocalDate;
import java.util.List;

/** Plans a world of N dossiers from the curated scenarios: sequential, so the seed fixes everything. */
final class Planner {

    private Planner() {
    }

    static World plan(int dossiers, long seed, LocalDate date) {
        return plan(dossiers, seed, date, d -> { });
    }

    /**
     * Plans the world and hands each dossier to {@code sink} as soon as it is complete (in case order), so a large
     * run can write and drop documents while planning goes on.
     */
    static World plan(int dossiers, long seed, LocalDate date, java.util.function.Consumer<World.Dossier> sink) {
        K.shiftDays(date);
        World w = new World(new Rnd(seed));
        Org org = new Org(w);
        List<Scenarios.Scenario> all = Scenarios.all();
        boolean scale = dossiers > all.size();
        int copies = (dossiers + all.size() - 1) / all.size();
        for (int copy = 0; copy < copies; copy++) {
            Scenarios.standaloneAlerts(w, org, copy);
        }
        for (int i = 0; i < dossiers; i++) {
            Scenarios.Scenario sc = all.get(i % all.size());
            Org.Station st = org.stations.get((i * 4 + i / all.size()) % org.stations.size());
            String caseId = "A" + st.code() + "2026" + String.format("%06d", i + 1);
            K k = new K(w, org, st, caseId, "zip-co-suspects".equals(sc.name()), i + 1);
            sc.plan().accept(k);
            int target = scale ? w.rnd().between(8, 12) : k.d.docs.size() + (w.rnd().chance(0.3) ? 1 : 0);
            var people = w.persons.stream().filter(p -> p.caseId.equals(caseId)).toList();
            String folder = k.folder;
            k.folder = k.d.zipped ? "其他/" : "";
            while (k.d.docs.size() < target) {
                k.other(w.rnd().between(0, 3), people.get(w.rnd().between(0, people.size() - 1)), k.c.accepted);
            }
            k.folder = folder;
            sink.accept(k.d);
        }
        return w;
    }
}
