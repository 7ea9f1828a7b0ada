package org.salestrack.sample;

import java.util.SplittableRandom;

/** Made-up Chinese names, mobile numbers and street addresses for the personal-data columns. */
final class People {
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢骆岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏飞辉建波宇浩凯俊帅婷雪琳晨欣怡子涵梓轩雨泽思远佳琪嘉怡博文晓东海燕春梅志强国庆";
    private static final String[] PREFIXES = {"138", "139", "136", "137", "135", "150", "151", "152", "158", "159",
        "182", "183", "186", "187", "188", "130", "131", "132", "155", "156", "133", "153", "177", "180", "189", "199"};
    private static final String[] ROADS = {"中山路", "人民路", "解放路", "建设路", "新华路", "朝阳路", "和平路", "文化路",
        "青年路", "胜利路", "长江路", "黄河路", "东风路", "迎宾路", "光明路", "幸福路", "学院路", "科技路"};
    private static final String[] PLACES = {"花园", "小区", "公寓", "家园", "新村", "苑", "大厦", "国际"};

    private People() {}

    static String name(SplittableRandom rng) {
        StringBuilder b = new StringBuilder();
        b.append(SURNAMES.charAt(rng.nextInt(SURNAMES.length())));
        b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        if (rng.nextDouble() < 0.6) b.append(GIVEN.charAt(rng.nextInt(GIVEN.length())));
        return b.toString();
    }

    static String phone(SplittableRandom rng) {
        return PREFIXES[rng.nextInt(PREFIXES.length)] + String.format("%08d", rng.nextInt(100_000_000));
    }

    static String address(City city, SplittableRandom rng) {
        return city.name() + ROADS[rng.nextInt(ROADS.length)] + (1 + rng.nextInt(399)) + "号"
                + PLACES[rng.nextInt(PLACES.length)] + (1 + rng.nextInt(30)) + "栋" + (101 + rng.nextInt(2400)) + "室";
    }
}
