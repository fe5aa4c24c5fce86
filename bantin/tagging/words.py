"""The word lists name discovery reads (`bantin.tagging.spans`): where a Vietnamese name ends.

Vietnamese writes a name's word groups with only their first syllable capitalized ("Ban Chấp
hành Trung ương"), so a name may go on after a capital through a lower-case syllable; these
lists say which syllables end a name (function words, verbs) and which pairs are word groups.
"""

from __future__ import annotations

#: Abbreviations and capitalized words that are not names.
NOT_NAMES = frozenset(
    """USD VND GDP FDI ODA TW TƯ CNXH XHCN UBND HĐND GS TS PGS ThS CLB HLV ĐT TP NXB Nxb CEO ICT VIII
    TTXVN/VNA VNA AI IT STT PV BTV CV NĐ-CP QĐ TTg NQ KT BS ĐBQH ĐH THPT THCS Tp Ảnh Nguồn Video
    Clip Xem Đọc Tin Bài SN GP Email CĐV MST ADN ĐKVĐ GXN TX URL GMT Internet Hotline Source International
    Website Online Fanpage Link Login Home News Hotline Death""".split()
)  # fmt: skip
LEADERS = frozenset(
    "Theo Trong Tại Ngày Sau Khi Với Về Các Những Hai Ba Đồng Thủ Tổng Chủ Phó Cựu Tân Nhưng Tuy Nếu Đây "
    "Đó Này Hôm Sáng Chiều Tối Năm Tháng Từ Đến Cho Và Vì Do Để Một Mỗi Ảnh Nguồn Video Thượng Đại Trung "
    "Thiếu Giám Trưởng Thứ Ngoại Thẩm Phát Người Nhà Cố Tiền Hậu Anh Chị Ông Bà Ngài Tướng Được Bị Là "
    "Tờ Hãng Kênh Trang Mạng Có Không Còn Cũng Đã Sẽ Đang Vừa Mới Ngay Tất Toàn Nhiều Mọi Ở Tới Như "
    "Lúc Chính Riêng Cùng Bên "
    "Qua Dù Song Vậy Thế Tuần Quý Sở Hiện Bởi Nhằm Trước Giữa Gần Trên Dưới Ngoài Cả Theo Xin Kính".split()
)
#: Lower-case words that end a name: it never runs past them.
STOP = frozenset(
    """của và với tại đã sẽ đang là được bị cho về trong theo từ đến này đó các những có không cũng vừa
    mới để do ở ngày năm tháng lần khi sau trước nhằm như gồm vào ra lên xuống rằng thì mà nhưng hay hoặc
    đều rất nhiều ít đây kia ấy nay qua bằng trên dưới giữa ngoài cùng vẫn còn đi tiếp gặp thăm ký
    đàm nói cho biết phát biểu nhấn mạnh khẳng định tuyên bố tham dự dự chủ trì tổ chức diễn ra sáng
    chiều tối hôm nhân dịp số cần phải nên chưa luôn rồi thường hãy""".split()
)  # fmt: skip
#: First syllables of verbs that often follow a name: "Bộ Công Thương ký", not a word group.
VERBS = frozenset(
    """ký kêu yêu đề công thông nói cảnh tổ triển phát ban quyết đưa chỉ thực tiến tuyên nhận khẳng đánh
    cam hỗ giúp đón tiếp gửi trao mở đóng bắt tham chủ điều xem lên tố bác phản chối cáo ủng hộ
    cử bầu lập chấp ra vào đạt có bày trả lời hỏi ghi chúc mời sẽ bổ miễn kỷ luật khởi tố xử duy""".split()
)  # fmt: skip
#: Word groups that may end a name after its last capital ("Hiệp định Đối tác kinh tế").
TAIL_PAIRS = frozenset(
    (
        "kinh tế|tự do|toàn diện|chiến lược|xã hội|quốc tế|quốc gia|nhân dân|khoa học|công nghệ|hữu nghị|"
        "hợp tác|đặc biệt|toàn quốc|thương mại|đầu tư|phát triển|an ninh|quốc phòng|văn hóa|giáo dục|"
        "môi trường|hòa bình|giao thông|hình sự|ma túy|cơ động"
    ).split("|")
)
#: Capitalized words inside a sentence that end a name ("… Tại Hội nghị, Thủ tướng …").
STOP_CAPS = frozenset("Tại Theo Trong Với Sau Khi Ông Bà Ngài Và Của Là Được Đã Sẽ".split())
#: Titles that end a name before them ("Viện Hàn lâm Khoa học Xã hội, Thứ trưởng …").
TITLES = frozenset(
    (
        "Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng|Tổng thống|Phó Thủ|Phó Chủ|Tổng Bí|Bí thư|Đại sứ|"
        "Tổng thư|Giám đốc"
    ).split("|")
)
#: Lower-case words an organization's name may have right after its head ("Ủy ban nhân dân").
ORG_LOWER = frozenset(
    "nhân dân quốc gia tối cao thường vụ trung ương liên hợp chỉ đạo chính phủ tỉnh thành phố huyện".split()
)
#: Word groups written with only their first syllable capitalized inside a name ("Ban Chấp hành").
LEXICON_PAIRS = frozenset(
    " ".join(pair)
    for text in (
        "chấp hành|trung ương|ngoại giao|nội vụ|tư pháp|quốc phòng|công an|tài chính|kế hoạch|đầu tư|khoa "
        "học|công nghệ|giáo dục|đào tạo|y tế|xây dựng|giao thông|vận tải|nông nghiệp|phát triển|nông "
        "thôn|tài nguyên|môi trường|lao động|thương binh|xã hội|văn hóa|thể thao|du lịch|thông tin|truyền "
        "thông|công nghiệp|thương mại|hàn lâm|chính trị|quốc gia|nhân dân|cách mạng|thường vụ|kiểm "
        "tra|tổ chức|tuyên giáo|dân vận|đối ngoại|kinh tế|nội chính|thanh tra|kiểm toán|tối cao|hành "
        "chính|bảo an|hữu nghị|hợp tác|liên hợp|thanh niên|phụ nữ|chiến binh|nông dân|công đoàn|mặt "
        "trận|tổ quốc|hòa bình|an ninh|biên phòng|hải quan|dân tộc|tôn giáo|năng lượng|điện lực|dầu "
        "khí|viễn thông|quân đội|quân sự|hải quân|không quân|phòng không|tham mưu|hậu cần|kỹ thuật|đại "
        "học|sư phạm|bách khoa|quốc tế|thế giới|hàng không|đường sắt|cảnh sát|kiểm sát|chiến lược|phát "
        "thanh|truyền hình|thông tấn|lập pháp|tư vấn|bảo hiểm|xuất bản|thủy sản|lâm nghiệp|bảo vệ|đô "
        "thị|nghiên cứu|lý luận|ngân hàng|chứng khoán|khoáng sản|di sản|liên bang|cộng hòa|dân chủ|chủ "
        "nghĩa|lãnh thổ|biên giới|dân sự|hình sự|thượng đỉnh|độc lập|thống nhất|giải phóng|kháng "
        "chiến|tiền tệ|bảo tàng|lịch sử|tiếng nói|liên minh|an toàn|tài sản|nhà nước|ngân sách|tuyên "
        "truyền|dân số|gia đình|trẻ em|phòng chống|tham nhũng|ma túy|thiên tai|cứu hộ|cứu nạn|tìm kiếm|tự do|"
        "toàn diện|chiến lược|đối tác|cấp cao|thượng đỉnh|toàn quốc|đại biểu|hữu nghị|đặc biệt"
    ).split("|")
    for pair in [text.split()]
)
#: Common nouns of goods before a brand or model ("xe Toyota Vios", "Ôtô Ford"), and of a
#: people ("dân tộc Jrai"): what follows is no entity.
PRODUCTS = frozenset(
    "xe|ôtô|ô tô|máy|máy bay|thuốc|dòng xe|dòng máy|mẫu|hiệu|nhãn|điện thoại|laptop|smartphone|sản phẩm|"
    "máy tính|máy ảnh|tivi|dân tộc|người dân tộc".split("|")
)  # fmt: skip
#: First words of a deity's or a saint's name ("Thần Tài", "Thánh Gióng", "Mẫu Thượng Ngàn"): no
#: entity of a news registry.
DEITIES = frozenset("Thần Thánh Phật Mẫu Chúa Táo".split())
#: Lower-case words a name may run through to the acronym in brackets that closes it ("Bộ Quy tắc
#: ứng xử ở Biển Đông (COC)"): prepositions inside a name.
TO_BRACKET = frozenset("ở về của giữa các".split())
