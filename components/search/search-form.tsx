import { SearchBox } from "./search-box";
import { searchFormPath } from "@/lib/routes/public";

/** A GET search form: the query lives in the URL, so it works before (and without) JavaScript. */
export function SearchForm({
  action = searchFormPath,
  id,
  label = "포털 전체 검색",
  placeholder = "과정·지원사업·기사 검색 (예: 스마트팩토리)",
  defaultValue = "",
}: {
  action?: string;
  id: string;
  label?: string;
  placeholder?: string;
  defaultValue?: string;
}) {
  return (
    <form action={action} className="w-full">
      <SearchBox id={id} label={label} placeholder={placeholder} defaultValue={defaultValue} />
    </form>
  );
}
