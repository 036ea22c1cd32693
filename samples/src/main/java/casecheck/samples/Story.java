package casecheck.samples;

import java.util.List;

/** Body Q/A of transcripts, by cause and role: enough variety that no two transcripts read alike. */
final class Story {

    private Story() {
    }

    private static final String[] PLACES = {"湖滨路菜市场", "新华路口的便利店", "翠屏小区3栋楼下", "矿区路一家网吧", "南溪镇汽车站",
        "白石村村委会门口", "城关大道88号的超市", "青龙路夜市"};
    private static final String[] ITEMS = {"一部黑色手机", "一个钱包，里面有现金八百元", "一辆电动自行车", "两条香烟",
        "一台笔记本电脑", "一条金项链"};

    static List<String> turn(Rnd rnd, String cause, String role, int i) {
        boolean suspect = role.contains("嫌疑人");
        String place = rnd.pick(PLACES);
        String item = rnd.pick(ITEMS);
        String q;
        String a;
        switch (i % 6) {
            case 0 -> {
                q = suspect ? "你把事情的经过讲一下。" : "你把你知道的情况讲一下。";
                a = suspect ? episode(rnd, cause, place, item) : witnessed(rnd, cause, place, item);
            }
            case 1 -> {
                q = "事情发生的具体时间和地点？";
                a = rnd.pick("大概是晚上八点多，在" + place + "。", "那天下午三点左右，就在" + place + "附近。",
                        "具体时间记不太清了，应该是傍晚，在" + place + "。");
            }
            case 2 -> {
                q = "当时还有谁在场？";
                a = rnd.pick("就我一个人。", "还有几个路人，我不认识。", "店里的老板也在。", "我朋友在旁边，他叫小陈。");
            }
            case 3 -> {
                q = suspect ? "你为什么要这样做？" : "你和对方认识吗？";
                a = suspect ? rnd.pick("当时缺钱，一时糊涂。", "喝了点酒，脾气上来了。", "我觉得是他先惹我的。")
                        : rnd.pick("不认识。", "是邻居，平时见面打招呼。", "见过几次，不熟。");
            }
            case 4 -> {
                q = suspect ? "涉案的财物现在在哪里？" : "你有没有受伤或者财物损失？";
                a = suspect ? rnd.pick("已经退给失主了。", "卖给路边收旧货的人了，卖了三百元。", "还在我家里，可以交出来。")
                        : rnd.pick("损失了" + item + "。", "手臂有点擦伤，去医院看过。", "没有损失。");
            }
            default -> {
                q = rnd.pick("你还有其他要说明的情况吗？", "事后你做了什么？", "你是怎么离开现场的？");
                a = rnd.pick("没有了，我说的都是实话。", "我走路回家了。", "后来民警就来了。", "我马上就打电话报警了。");
            }
        }
        return List.of("问：" + q, "答：" + a);
    }

    private static String episode(Rnd rnd, String cause, String place, String item) {
        return switch (cause) {
            case "盗窃" -> rnd.pick("那天我在" + place + "转，看到没人注意，就把" + item + "拿走了。",
                    "我趁店主不注意，从柜台上拿了" + item + "，揣进口袋就走了。");
            case "诈骗" -> "我在网上冒充客服，让对方转了两万元到我的账户，说是退款手续费。";
            case "殴打他人", "故意伤害" -> rnd.pick("我和他在" + place + "因为一点小事吵起来，我推了他几下，他摔倒了。",
                    "他先骂我，我气不过，就用拳头打了他脸上两下。");
            case "抢夺" -> "我骑车经过" + place + "，顺手把一个女的挎包拽走了。";
            case "故意毁坏财物" -> "我喝多了，在" + place + "把人家的车窗砸了。";
            default -> "当时在" + place + "，事情就是这样发生的。";
        };
    }

    private static String witnessed(Rnd rnd, String cause, String place, String item) {
        return switch (cause) {
            case "盗窃" -> rnd.pick("我发现放在" + place + "的" + item + "不见了，监控里看到一个穿灰衣服的男子拿走的。",
                    "我在" + place + "看到一个男的把" + item + "拿走，当时以为是他自己的。");
            case "诈骗" -> "我接到一个自称客服的电话，按他说的操作，转了两万元过去，后来发现被骗了。";
            case "殴打他人", "故意伤害" -> rnd.pick("我看到两个人在" + place + "吵架，后来动了手。",
                    "对方因为琐事和我争吵，推了我几下，我摔倒在地。");
            case "抢夺" -> "我走在" + place + "，一个骑车的人把我的挎包拽走了。";
            case "故意毁坏财物" -> "我停在" + place + "的车，车窗被人砸坏了。";
            default -> "我在" + place + "看到了事情的经过。";
        };
    }
}
