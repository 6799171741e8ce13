const ExcelJS=require('exceljs');
(async()=>{const wb=new ExcelJS.Workbook();await wb.xlsx.readFile(process.argv[2]);
for(const ws of wb.worksheets){console.log('=== '+ws.name, ws.rowCount, ws.columnCount, 'merges', Object.keys(ws._merges||{}).length);
 const lim=+process.argv[3]||14;
 for(let r=1;r<=Math.min(ws.rowCount,lim);r++){const row=ws.getRow(r);const out=[];row.eachCell({includeEmpty:false},(c,n)=>{let v=c.value; if(v&&typeof v==='object') v=JSON.stringify(v); out.push(c.address+'='+String(v).slice(0,40))});console.log(r, out.slice(0,14).join(' | '))}
 console.log('merges:', Object.values(ws._merges||{}).slice(0,30).map(m=>m.range||m.model&&m.model).join(' '));
}})();
