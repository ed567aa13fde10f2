/**
 * Word lists for the synthetic corpus: names of a fictional city's places, departments,
 * facilities by theme, and the sentences of project reports and updates. Realistic text
 * matters for the benchmark: Chinese titles and bodies decide the size of pages, of the
 * search index and of the zh-Hant conversion, which a Latin lorem ipsum would misjudge.
 */

export const CITY = { id: 'yunxi', name: '云溪市', short: '云溪', centroid: [120.75, 30.75] as const };

/** The city's counties and districts: [id, name, level]. */
export const COUNTIES: readonly (readonly [string, string, 'county' | 'district'])[] = [
  ['chengdong', '城东区', 'district'],
  ['chengxi', '城西区', 'district'],
  ['linjiang', '临江县', 'county'],
  ['qingshan', '青山县', 'county'],
  ['baisha', '白沙县', 'county'],
  ['shiqiao', '石桥市', 'county'],
  ['fenglin', '枫林县', 'county'],
  ['anlan', '安澜县', 'county'],
];

/**
 * Syllables of town and village names, each with its pinyin (all pinyin distinct, so
 * that two-syllable ids rarely collide; the generator skips the few that do).
 */
export const SYLLABLES: readonly (readonly [string, string])[] = [
  ['桃', 'tao'], ['源', 'yuan'], ['清', 'qing'], ['溪', 'xi'], ['松', 'song'], ['柏', 'bai'],
  ['梅', 'mei'], ['竹', 'zhu'], ['兰', 'lan'], ['荷', 'he'], ['金', 'jin'], ['银', 'yin'],
  ['龙', 'long'], ['凤', 'feng'], ['福', 'fu'], ['寿', 'shou'], ['乐', 'le'], ['平', 'ping'],
  ['安', 'an'], ['宁', 'ning'], ['泰', 'tai'], ['华', 'hua'], ['新', 'xin'], ['光', 'guang'],
  ['明', 'ming'], ['春', 'chun'], ['秋', 'qiu'], ['塘', 'tang'], ['湾', 'wan'], ['港', 'gang'],
];

export type Facility = readonly [name: string, slug: string, actions?: readonly (readonly [string, string])[]];

export interface ThemeWords {
  id: string;
  name: string;
  short: string;
  description: string;
  color?: string;
  leadDepartment: string;
  /**
   * [name, slug] of the kinds of facility the theme builds, with the works that make
   * sense for it when the general {@link ACTIONS} do not (no one "builds new" an old estate).
   */
  facilities: readonly Facility[];
  /** [label, unit, typical value] of what the theme counts. */
  metrics: readonly (readonly [string, string, number])[];
  /** What residents care about, for the narrative. */
  concerns: readonly string[];
}

export const THEMES: readonly ThemeWords[] = [
  {
    id: 'youxue', name: '优学云溪', short: '优学', color: '#1f77b4',
    description: '扩大学前教育和义务教育学位供给，让孩子在家门口有好学上。',
    leadDepartment: '市教育局',
    facilities: [['幼儿园', 'youeryuan'], ['小学', 'xiaoxue'], ['初级中学', 'chuzhong'], ['学校食堂', 'shitang'], ['托育中心', 'tuoyu'], ['青少年宫', 'shaoniangong']],
    metrics: [['新增学位', '个', 540], ['建筑面积', '平方米', 12000], ['新增托位', '个', 120]],
    concerns: ['接送车辆停放', '校园周边交通安全', '食堂饭菜质量', '课后服务时间'],
  },
  {
    id: 'jiankang', name: '健康云溪', short: '健康', color: '#d62728',
    description: '完善基层医疗卫生服务网络，缩短群众看病的路程和等候时间。',
    leadDepartment: '市卫生健康局',
    facilities: [['社区卫生服务中心', 'weisheng-zhongxin'], ['人民医院', 'renmin-yiyuan'], ['中医院', 'zhongyiyuan'], ['急救站', 'jijiuzhan'], ['村卫生室', 'weishengshi'], ['血液透析中心', 'touxi-zhongxin']],
    metrics: [['住院床位', '张', 300], ['血透机', '台', 40], ['日均门诊', '人次', 900]],
    concerns: ['挂号排队时间', '停车难', '夜间急诊', '老年人就医陪护'],
  },
  {
    id: 'yanglao', name: '颐养云溪', short: '养老', color: '#ff7f0e',
    description: '发展居家社区养老服务，让老年人吃得上、住得近、有人管。',
    leadDepartment: '市民政局',
    facilities: [['居家养老服务中心', 'yanglao-zhongxin'], ['老年食堂', 'laonian-shitang'], ['敬老院', 'jinglaoyuan'], ['家庭养老床位', 'yanglao-chuangwei', [['建设', 'jianshe']]], ['老年活动中心', 'laonian-huodong']],
    metrics: [['养老床位', '张', 120], ['助餐服务', '人次', 30000], ['服务老年人', '人', 800]],
    concerns: ['助餐价格', '送餐上门', '无障碍通道', '护理人员数量'],
  },
  {
    id: 'yiju', name: '宜居云溪', short: '宜居', color: '#2ca02c',
    description: '改造老旧小区、加装电梯、治理污水，改善群众的居住环境。',
    leadDepartment: '市住房和城乡建设局',
    facilities: [
      ['老旧小区', 'laojiu-xiaoqu', [['综合改造', 'zonghe-gaizao']]],
      ['既有住宅', 'jiyou-zhuzhai', [['加装电梯', 'jiazhuang-dianti']]],
      ['安置房', 'anzhifang'],
      ['口袋公园', 'koudai-gongyuan'],
      ['污水管网', 'wushui-guanwang', [['改造', 'gaizao'], ['提标改造', 'tibiao-gaizao']]],
      ['垃圾分类站', 'laji-fenlei'],
    ],
    metrics: [['惠及住户', '户', 1200], ['加装电梯', '台', 30], ['新增绿地', '平方米', 8000]],
    concerns: ['施工噪声', '停车位', '雨污分流', '绿化养护'],
  },
  {
    id: 'jiaotong', name: '畅行云溪', short: '交通', color: '#9467bd',
    description: '打通断头路、优化公交线网、增加停车位，方便群众出行。',
    leadDepartment: '市交通运输局',
    facilities: [['城市道路', 'chengshi-daolu', [['新建', 'xinjian'], ['拓宽改造', 'tuokuan-gaizao']]], ['跨河桥梁', 'kuahe-qiaoliang'], ['公交首末站', 'gongjiao-zhan'], ['公共停车场', 'tingchechang'], ['慢行绿道', 'manxing-lvdao'], ['农村公路', 'nongcun-gonglu', [['提升改造', 'tisheng'], ['养护工程', 'yanghu']]]],
    metrics: [['道路长度', '公里', 12], ['新增停车位', '个', 400], ['新辟公交线路', '条', 5]],
    concerns: ['施工期间绕行', '公交班次', '路灯照明', '非机动车道'],
  },
  {
    id: 'wenhua', name: '文化云溪', short: '文化', color: '#8c564b',
    description: '建设家门口的文化和体育设施，丰富群众的精神文化生活。',
    leadDepartment: '市文化广电旅游局',
    facilities: [['图书馆分馆', 'tushuguan'], ['文化礼堂', 'wenhua-litang'], ['博物馆', 'bowuguan'], ['全民健身中心', 'jianshen-zhongxin'], ['体育公园', 'tiyu-gongyuan']],
    metrics: [['藏书', '万册', 8], ['场馆面积', '平方米', 6000], ['全年活动', '场', 120]],
    concerns: ['开放时间', '儿童阅读区', '停车', '场地收费'],
  },
  {
    id: 'jiuye', name: '乐业云溪', short: '就业', color: '#e377c2',
    description: '搭建就业服务平台，开展技能培训，帮助重点群体稳定就业。',
    leadDepartment: '市人力资源和社会保障局',
    facilities: [['就业服务站', 'jiuye-fuwuzhan'], ['职业技能培训基地', 'peixun-jidi'], ['创业孵化园', 'chuangye-yuan'], ['零工市场', 'linggong-shichang']],
    metrics: [['培训人次', '人次', 2000], ['新增就业岗位', '个', 600], ['入驻企业', '家', 40]],
    concerns: ['培训补贴', '岗位信息发布', '灵活就业社保', '创业贷款'],
  },
  {
    id: 'shanzhi', name: '善治云溪', short: '善治', color: '#7f7f7f',
    description: '推进基层治理，让群众办事少跑腿、矛盾就地化解。',
    leadDepartment: '市委政法委',
    facilities: [['便民服务中心', 'bianmin-zhongxin'], ['矛盾纠纷调解中心', 'tiaojie-zhongxin'], ['网格服务站', 'wangge-fuwuzhan'], ['智慧安防小区', 'zhihui-anfang', [['建设', 'jianshe']]]],
    metrics: [['覆盖网格', '个', 150], ['就近可办事项', '项', 200], ['化解矛盾纠纷', '件', 900]],
    concerns: ['办事等候时间', '夜间值守', '信息公开', '网格员走访'],
  },
];

/** [name, slug] of what is done to a facility. */
export const ACTIONS: readonly (readonly [string, string])[] = [
  ['新建', 'xinjian'], ['改扩建', 'gaikuojian'], ['提升改造', 'tisheng'], ['迁建', 'qianjian'], ['建设', 'jianshe'],
];

export const PARTNERS: readonly string[] = [
  '市发展和改革委员会', '市财政局', '市自然资源和规划局', '市生态环境局', '市城市管理局', '市市场监督管理局',
  '市应急管理局', '市水利局', '市农业农村局', '市国有资产投资集团', '国网云溪供电公司', '市城建投资公司',
];

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '沈', '钱', '陆'];
export const GIVEN_NAMES = ['建国', '晓峰', '丽华', '志强', '海燕', '文斌', '秀英', '国平', '雪梅', '立新', '卫东', '婷婷'];
export const OFFICIAL_TITLES = ['副市长', '市委常委', '市人大常委会副主任', '市政协副主席'];

export const MILESTONES: readonly string[] = ['完成立项审批', '完成施工招标', '开工建设', '主体结构封顶', '完成竣工验收', '投入使用'];

export const TAGS: readonly string[] = ['重点督查项目', '群众点题', '跨年项目', '十件实事', '进度为估计值', '代表建议转化', '省级试点'];

export const ADVANCES: readonly string[] = [
  '基础工程', '主体结构', '内部装修', '室外配套', '设备安装', '管网铺设', '路面施工', '绿化景观',
];

export const NEXT_STEPS: readonly string[] = [
  '消防验收', '设备调试', '人员招聘', '运营方案制定', '周边道路配套', '交付前的安全检查', '群众满意度回访',
];

export const DELAY_REASONS: readonly string[] = ['征地拆迁协调', '连续降雨天气', '设计方案调整', '管线迁改', '资金拨付进度', '施工招标流标'];

export const MEDIA = ['云溪日报', '云溪市融媒体中心', '云溪发布', '云溪电视台'];
