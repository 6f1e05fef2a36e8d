// Topics of 政府信息公开 reports: the channels of proactive disclosure, what became of requests, and appeals.
import type { Topic } from './types.js';

export const XXGK_TOPICS: Topic[] = [
  { id: 'website', label: '政府网站', keywords: ['门户网站', '政府网站', '网站'], sections: ['overview', 'proactive'] },
  { id: 'newmedia', label: '政务新媒体', keywords: ['政务新媒体', '微信公众号', '微博', '客户端'], sections: ['overview', 'proactive'] },
  { id: 'gazette', label: '政府公报', keywords: ['政府公报', '公报'], sections: ['overview', 'proactive'] },
  { id: 'interpretation', label: '政策解读', keywords: ['政策解读', '解读'], sections: ['overview', 'proactive'] },
  { id: 'normative', label: '规章和规范性文件', keywords: ['规章', '规范性文件'], sections: ['overview', 'proactive'] },
  { id: 'licensing', label: '行政许可、处罚、强制', keywords: ['行政许可', '行政处罚', '行政强制'], sections: ['proactive'] },
  { id: 'requests-received', label: '新收申请', keywords: ['新收', '收到&申请'], sections: ['overview', 'requests'] },
  { id: 'granted', label: '予以公开', keywords: ['予以公开', '同意公开'], sections: ['requests'] },
  { id: 'refused', label: '不予公开', keywords: ['不予公开', '不公开'], sections: ['requests'] },
  { id: 'not-held', label: '本机关不掌握', keywords: ['不掌握', '信息不存在'], sections: ['requests'] },
  { id: 'review', label: '行政复议', keywords: ['行政复议', '复议'], sections: ['overview', 'appeals'] },
  { id: 'litigation', label: '行政诉讼', keywords: ['行政诉讼', '诉讼'], sections: ['overview', 'appeals'] },
  { id: 'fees', label: '信息处理费', keywords: ['信息处理费', '收费'], sections: ['fees', 'other'] },
  { id: 'training', label: '培训和考核', keywords: ['培训', '考核', '通报'], sections: ['overview', 'problems'] },
  { id: 'noise', label: '栏目和内容质量', keywords: ['栏目', '更新不及时', '信息噪音'], sections: ['problems'] },
];
