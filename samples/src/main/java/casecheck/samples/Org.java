package casecheck.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import casecheck.samples.World.UnitRow;
import casecheck.samples.World.VenueRow;

/** The fictional 青禾市公安局: its unit tree and venue registry. */
final class Org {

    /** A 派出所 with what documents print about it. */
    record Station(String code, String name, String subBureau, String fullName, String shortName, String region,
                   String district) {
    }

    static final String CITY_CODE = "339900000000";
    static final String STOPPED_VENUE = "CS07";
    static final LocalDate STOPPED_ON = LocalDate.of(2026, 11, 1);

    final List<Station> stations = new ArrayList<>();
    VenueRow centre;
    VenueRow jail;
    VenueRow stopped;
    final List<VenueRow> subCentres = new ArrayList<>();

    Org(World w) {
        unit(w, CITY_CODE, "青禾市公安局", "", "市局", "sj");
        unit(w, "339900110000", "青禾市公安局法制支队", CITY_CODE, "法制部门", "fz");
        unit(w, "339900130000", "青禾市公安局刑侦大队", CITY_CODE, "大队", "xz");
        String[][] subs = {
            {"339901000000", "东湖分局", "dh", "339901", "东湖区"},
            {"339902000000", "西山分局", "xs", "339902", "西山区"},
            {"339921000000", "南溪分局", "nx", "339921", "南溪县"},
        };
        String[][] st = {
            {"城关派出所", "cg", "城"}, {"湖滨派出所", "hb", "湖"}, {"新华派出所", "xh", "新"},
            {"西山派出所", "xsz", "西"}, {"翠屏派出所", "cp", "翠"}, {"矿区派出所", "kq", "矿"},
            {"南溪镇派出所", "nxz", "南"}, {"白石派出所", "bs", "白"}, {"青龙派出所", "ql", "龙"},
        };
        for (int s = 0; s < subs.length; s++) {
            unit(w, subs[s][0], subs[s][1], CITY_CODE, "分局", subs[s][2]);
            for (int i = 0; i < 3; i++) {
                String[] x = st[s * 3 + i];
                String code = subs[s][3] + "5" + (i + 1) + "0000";
                unit(w, code, x[0], subs[s][0], "派出所", x[1]);
                stations.add(new Station(code, x[0], subs[s][1], "青禾市公安局" + subs[s][1] + x[0], x[2], subs[s][3],
                        subs[s][4]));
            }
        }
        centre = venue(w, "CS01", "青禾市公安局执法办案管理中心", CITY_CODE, "执法办案管理中心", "启用", null,
                List.of("1号讯问室", "2号讯问室", "3号讯问室", "1号询问室", "2号询问室"));
        subCentres.add(venue(w, "CS02", "东湖分局执法办案分中心", subs[0][0], "执法办案分中心", "启用", null,
                List.of("讯问室一", "讯问室二", "询问室一", "询问室二")));
        subCentres.add(venue(w, "CS03", "西山分局执法办案分中心", subs[1][0], "执法办案分中心", "启用", null,
                List.of("讯问室一", "讯问室二", "询问室一")));
        subCentres.add(venue(w, "CS04", "南溪分局执法办案分中心", subs[2][0], "执法办案分中心", "启用", null,
                List.of("讯问室1", "讯问室2", "询问室1")));
        jail = venue(w, "CS05", "青禾市看守所", CITY_CODE, "看守所", "启用", null,
                List.of("1号讯问室", "2号讯问室", "3号讯问室", "4号讯问室", "5号讯问室", "6号讯问室"));
        venue(w, "CS06", "青禾市拘留所", CITY_CODE, "拘留所", "启用", null, List.of("讯问室"));
        stopped = venue(w, STOPPED_VENUE, "城关派出所办案区", "339901510000", "其他", "停用", STOPPED_ON.plusDays(K.shift()),
                List.of("讯问室", "询问室"));
    }

    private static void unit(World w, String code, String name, String parent, String level, String slug) {
        String chief = w.name(true);
        String leader = w.name(w.rnd().chance(0.7));
        String legal = w.name(w.rnd().chance(0.5));
        w.units.add(new UnitRow(code, name, parent, level, chief, slug + ".fzr" + World.MAIL, leader,
                slug + ".fgld" + World.MAIL, legal, slug + ".fzy" + World.MAIL));
    }

    private static VenueRow venue(World w, String code, String name, String unit, String type, String status,
                                  LocalDate stoppedOn, List<String> rooms) {
        VenueRow v = new VenueRow(code, name, unit, type, status, stoppedOn, rooms);
        w.venues.add(v);
        return v;
    }

    VenueRow subCentreOf(Station s) {
        return switch (s.region()) {
            case "339901" -> subCentres.get(0);
            case "339902" -> subCentres.get(1);
            default -> subCentres.get(2);
        };
    }
}
