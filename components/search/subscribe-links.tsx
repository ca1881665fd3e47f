/**
 * "이 검색 구독하기": the same search as an Atom feed of new and changed records and, for
 * programs, a calendar of the deadlines it matches, with what each one is for.
 */
export function SubscribeLinks({
  what,
  feed,
  calendar,
}: {
  what: "훈련과정" | "지원사업";
  feed: string;
  calendar?: string;
}) {
  return (
    <details className="mt-8 rounded-xl border border-slate-200 bg-white p-4">
      <summary className="flex min-h-11 cursor-pointer items-center font-bold">
        이 검색 구독하기
      </summary>
      <p className="mt-2 text-sm leading-6 text-slate-700">
        지금 고른 검색어와 필터 그대로, 새로 올라오거나 바뀐 {what}을 따로 찾아오지 않아도 받아 볼
        수 있습니다.
      </p>
      <ul className="mt-3 space-y-3 text-sm leading-6">
        <li>
          <a href={feed} className="text-brand-700 inline-block min-h-6 font-bold underline">
            새 {what} 피드 (Atom)
          </a>
          <br />
          피드 리더(Feedly, Inoreader 등)에 이 링크 주소를 추가하면 새 {what}이 올라오거나 내용이
          바뀔 때 알려 줍니다.
        </li>
        {calendar && (
          <li>
            <a href={calendar} className="text-brand-700 inline-block min-h-6 font-bold underline">
              마감일 달력 (.ics)
            </a>
            <br />
            휴대폰이나 구글 캘린더에서 ‘URL로 캘린더 추가’에 이 링크 주소를 넣으면, 이 검색에 맞는
            사업의 신청 마감일이 달력에 나타나고 사흘 전에 알려 줍니다.
          </li>
        )}
      </ul>
    </details>
  );
}
